import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { type TicketDetail, type TicketPriority, ticketPriorities } from '../api/ticket-types';
import { useOverridePriority } from '../api/useTicketWrites';
import { prioritySourceLabels, ticketPriorityStyles } from '../utils/ticket-styles';
import { TicketProblemAlert } from './TicketProblemAlert';

export type PriorityOverrideProps = { ticket: TicketDetail; canChange: boolean };

/** The priority, where it came from and why; staff may override it, and must say why. */
export function PriorityOverride({ ticket, canChange }: PriorityOverrideProps) {
  const { t } = useI18n();
  const [opened, modal] = useDisclosure(false);
  const override = useOverridePriority(ticket);
  const [priority, setPriority] = useState<TicketPriority>(ticket.priority);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ priority?: string; reason?: string }>({});

  const open = () => {
    setPriority(ticket.priority);
    setReason('');
    setError({});
    override.reset();
    modal.open();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      priority: priority === ticket.priority ? t('tickets.priority.samePriority') : undefined,
      reason: reason.trim() ? undefined : t('tickets.priority.reasonRequired'),
    };
    setError(problems);
    if (problems.priority || problems.reason) return;
    override.mutate({ priority, reason: reason.trim() }, { onSuccess: modal.close });
  };

  return (
    <Stack gap={4}>
      <Group gap="xs">
        <EnumBadge value={ticket.priority} styles={ticketPriorityStyles} />
        {canChange && ticket.status !== 'closed' && (
          <Button size="compact-xs" variant="subtle" onClick={open}>
            {t('tickets.priority.override')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t(prioritySourceLabels[ticket.prioritySource])}
      </Text>
      {ticket.priorityReason && (
        <Text size="xs" c="dimmed">
          {t('tickets.priority.why', { reason: ticket.priorityReason })}
        </Text>
      )}
      <Modal opened={opened} onClose={modal.close} title={t('tickets.priority.overrideTitle')}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {override.isError && (
              <TicketProblemAlert
                error={override.error}
                title={t('tickets.priority.failed')}
                ticketId={ticket.id}
                onReloaded={modal.close}
              />
            )}
            <NativeSelect
              label={t('tickets.priority.newPriority')}
              value={priority}
              onChange={(event) => setPriority(event.currentTarget.value as TicketPriority)}
              data={ticketPriorities.map((value) => ({ value, label: t(ticketPriorityStyles[value].label) }))}
              error={error.priority}
            />
            <Textarea
              label={t('tickets.priority.reason')}
              required
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={error.reason}
              autosize
              minRows={2}
              maxLength={1000}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={modal.close}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" loading={override.isPending}>
                {t('tickets.priority.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
