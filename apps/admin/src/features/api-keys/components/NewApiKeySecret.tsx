import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { CopyableValue } from '../../../ui/CopyableValue';
import type { CreatedApiKey } from '../api/api-key-types';

export type NewApiKeySecretProps = { created: CreatedApiKey };

/** The key itself, right after it was created: the server stores only its hash, so this is the one chance. */
export function NewApiKeySecret({ created }: NewApiKeySecretProps) {
  const { t, format } = useI18n();
  const { apiKey } = created;

  return (
    <Stack gap="md">
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('apiKeys.secret.warningTitle')}
      >
        <Text size="sm">{t('apiKeys.secret.warning')}</Text>
      </Alert>
      <CopyableValue
        label={t('apiKeys.secret.label')}
        value={created.key}
        messages={{
          copy: t('apiKeys.secret.copy'),
          copied: t('links.copied'),
          copiedStatus: t('apiKeys.secret.copiedStatus'),
          copyFailed: t('apiKeys.secret.copyFailed'),
        }}
        hint={
          apiKey.expiresAt
            ? t('links.expires', { time: format.dateTime(apiKey.expiresAt) })
            : t('apiKeys.secret.neverExpires')
        }
      />
      <Text size="sm" c="dimmed">
        {t('apiKeys.secret.usage')}
      </Text>
    </Stack>
  );
}
