import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketDetail, TicketStatus } from '../api/ticket-types';
import { useChangeTicketStatus } from '../api/useTicketWrites';
import { statusesWithReason, ticketStatusStyles } from '../utils/ticket-styles';
import { TicketProblemAlert } from './TicketProblemAlert';

export type TicketStatusActionsProps = { ticket: TicketDetail };

const moveLabels = {
  new: 'tickets.move.new',
  open: 'tickets.move.open',
  pending: 'tickets.move.pending',
  on_hold: 'tickets.move.on_hold',
  resolved: 'tickets.move.resolved',
  closed: 'tickets.move.closed',
} as const satisfies Record<TicketStatus, string>;

/** One button per status the ticket may move to now; resolving and putting on hold ask why. */
export function TicketStatusActions({ ticket }: TicketStatusActionsProps) {
  const { t } = useI18n();
  const change = useChangeTicketStatus(ticket);
  const [asking, setAsking] = useState<TicketStatus | null>(null);
  const [reason, setReason] = useState('');

  const move = (status: TicketStatus, why?: string) =>
    change.mutate(
      { status, reason: why },
      {
        onSuccess: () => {
          setAsking(null);
          setReason('');
        },
      },
    );

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (asking) move(asking, reason);
  };

  if (ticket.allowedTransitions.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs" role="group" aria-label={t('tickets.move.label')}>
        {ticket.allowedTransitions.map((status) => (
          <Button
            key={status}
            size="xs"
            variant={status === 'resolved' ? 'filled' : 'default'}
            color={status === 'resolved' ? 'green' : undefined}
            loading={change.isPending && change.variables?.status === status && asking === null}
            onClick={() => (statusesWithReason.includes(status) ? setAsking(status) : move(status))}
          >
            {t(moveLabels[status])}
          </Button>
        ))}
      </Group>
      {change.isError && asking === null && (
        <TicketProblemAlert
          error={change.error}
          title={t('tickets.move.failed')}
          ticketId={ticket.id}
          onReloaded={change.reset}
        />
      )}
      <Modal
        opened={asking !== null}
        onClose={() => {
          setAsking(null);
          change.reset();
        }}
        title={
          asking
            ? t('tickets.move.title', { id: ticket.id, status: t(ticketStatusStyles[asking].label) })
            : ''
        }
      >
        <form onSubmit={confirm}>
          <Stack gap="sm">
            {change.isError && (
              <TicketProblemAlert
                error={change.error}
                title={t('tickets.move.failed')}
                ticketId={ticket.id}
                onReloaded={() => {
                  change.reset();
                  setAsking(null);
                }}
              />
            )}
            <Textarea
              label={t('tickets.move.reason')}
              description={t('tickets.move.reasonHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={1000}
              data-autofocus
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" loading={change.isPending}>
                {asking ? t(moveLabels[asking]) : t('tickets.move.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
