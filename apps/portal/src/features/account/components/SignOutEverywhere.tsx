import { Button, Stack, Text } from '@mantine/core';
import { IconDevicesOff } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { useSignOutEverywhere } from '../../auth/api/useSignOutEverywhere';

export function SignOutEverywhere() {
  const { t } = useI18n();
  const signOutEverywhere = useSignOutEverywhere();
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">{t('account.sessions.text')}</Text>
      <Button
        color="red"
        variant="light"
        leftSection={<IconDevicesOff size={18} aria-hidden />}
        loading={signOutEverywhere.isPending}
        onClick={() => signOutEverywhere.mutate()}
      >
        {t('account.sessions.submit')}
      </Button>
      {signOutEverywhere.isError && (
        <Text role="alert" size="sm" c="red.8">
          {t('account.sessions.failed')}
        </Text>
      )}
    </Stack>
  );
}
