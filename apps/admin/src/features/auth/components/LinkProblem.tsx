import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';

export type LinkProblemProps = { kind: 'invitation' | 'reset' };

/** A missing, used or expired link: what to do next depends on the kind of link. */
export function LinkProblem({ kind }: LinkProblemProps) {
  const { t } = useI18n();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconLinkOff aria-hidden />}
      title={t('link.invalidTitle')}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{kind === 'invitation' ? t('link.invalidInvitation') : t('link.invalidReset')}</Text>
        {kind === 'reset' && (
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('forgot.requestNew')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
