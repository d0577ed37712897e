import { Button } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ticketQueryKeys } from '../api/ticket-types';
import { useTicketProblemMessages } from '../hooks/useTicketProblemMessages';

export type TicketProblemAlertProps = {
  error: unknown;
  title: string;
  ticketId: number;
  /** Called after the ticket was read again, e.g. to clear the failed write. */
  onReloaded?: () => void;
};

/**
 * A failed ticket write in words. When someone else changed the ticket first (412), it says so and offers
 * to load their version; the user then decides again.
 */
export function TicketProblemAlert({ error, title, ticketId, onReloaded }: TicketProblemAlertProps) {
  const { t } = useI18n();
  const messages = useTicketProblemMessages();
  const queryClient = useQueryClient();
  const conflict = isApiProblem(error) && (error.code === 'version_conflict' || error.status === 412);
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: ticketQueryKeys.detail(ticketId) });
    void queryClient.invalidateQueries({ queryKey: ticketQueryKeys.comments(ticketId) });
    void queryClient.invalidateQueries({ queryKey: ticketQueryKeys.history(ticketId) });
    onReloaded?.();
  };
  return (
    <ProblemAlert
      error={error}
      title={title}
      messages={
        conflict ? { ...messages, [isApiProblem(error) ? error.code : '']: t('tickets.conflict') } : messages
      }
      action={
        conflict ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={reload}
          >
            {t('tickets.reload')}
          </Button>
        ) : undefined
      }
    />
  );
}
