import { Alert, Stack, Text } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export type ProblemAlertProps = {
  error: unknown;
  title: string;
  /** Clearer wording for the problem codes the caller expects; other problems show the server's detail. */
  messages?: Partial<Record<string, string>>;
  /** E.g. a Reload button for a version conflict. */
  action?: ReactNode;
};

/** A failed request, explained where it happened. */
export function ProblemAlert({ error, title, messages = {}, action }: ProblemAlertProps) {
  const { t } = useI18n();
  const text = isApiProblem(error) ? (messages[error.code] ?? error.detail) : t('state.networkError');
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{text}</Text>
        {action}
      </Stack>
    </Alert>
  );
}
