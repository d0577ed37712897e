import { Alert, Button, Stack, Text } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n } from '../i18n/useI18n';

export type ErrorStateProps = { error: unknown; onRetry?: () => void };

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useI18n();
  const message = isApiProblem(error) ? error.detail : t('state.networkError');
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('state.errorTitle')}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
