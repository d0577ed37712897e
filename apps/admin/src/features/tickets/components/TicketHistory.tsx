import { Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketChannel, TicketHistoryEntry, TicketPriority, TicketStatus } from '../api/ticket-types';
import { useTicketHistory } from '../api/useTicket';
import { useTicketAgents } from '../api/useTicketSettings';
import { describeHistoryEntry, type HistoryValue } from '../utils/history-entry';
import { ticketChannelLabels, ticketPriorityStyles, ticketStatusStyles } from '../utils/ticket-styles';

export type TicketHistoryProps = { ticketId: number };

/** Everything that happened to the ticket, newest first: who, when, and why. */
export function TicketHistory({ ticketId }: TicketHistoryProps) {
  const { t } = useI18n();
  const history = useTicketHistory(ticketId);
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const entries = history.data.pages.flatMap((page) => page.items);
  if (entries.length === 0)
    return <EmptyResult title={t('tickets.history.title')} description={t('tickets.history.empty')} />;
  return (
    <Stack gap="md">
      <Timeline bulletSize={14} lineWidth={2} active={-1} aria-label={t('tickets.history.title')}>
        {entries.map((entry) => (
          <HistoryItem key={entry.id} entry={entry} />
        ))}
      </Timeline>
      {history.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={history.isFetchingNextPage}
            onClick={() => history.fetchNextPage()}
          >
            {t('tickets.thread.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

const historyMessageKeys = {
  created: 'tickets.history.created',
  statusChanged: 'tickets.history.statusChanged',
  priorityChanged: 'tickets.history.priorityChanged',
  assigned: 'tickets.history.assigned',
  assignedAutomatically: 'tickets.history.assignedAutomatically',
  unassigned: 'tickets.history.unassigned',
  queued: 'tickets.history.queued',
  replied: 'tickets.history.replied',
  firstResponse: 'tickets.history.firstResponse',
  customerReplied: 'tickets.history.customerReplied',
  noteAdded: 'tickets.history.noteAdded',
  titleChanged: 'tickets.history.titleChanged',
  descriptionChanged: 'tickets.history.descriptionChanged',
  categoryChanged: 'tickets.history.categoryChanged',
  tagsChanged: 'tickets.history.tagsChanged',
  orderLinked: 'tickets.history.orderLinked',
  mergedInto: 'tickets.history.mergedInto',
  mergedFrom: 'tickets.history.mergedFrom',
  slaWarning: 'tickets.history.slaWarning',
  slaBreached: 'tickets.history.slaBreached',
  escalated: 'tickets.history.escalated',
  attachmentAdded: 'tickets.history.attachmentAdded',
  surveyRequested: 'tickets.history.surveyRequested',
  rated: 'tickets.history.rated',
  other: 'tickets.history.other',
} as const;

const escalationMessageKeys = {
  managerNotified: 'tickets.history.escalation.managerNotified',
  noManager: 'tickets.history.escalation.noManager',
  priorityRaised: 'tickets.history.escalation.priorityRaised',
  takenForReassignment: 'tickets.history.escalation.takenForReassignment',
  otherEscalation: 'tickets.history.escalation.otherEscalation',
} as const;

const slaTargetLabels: Record<string, 'tickets.sla.firstResponse' | 'tickets.sla.resolution'> = {
  first_response: 'tickets.sla.firstResponse',
  resolution: 'tickets.sla.resolution',
};

function HistoryItem({ entry }: { entry: TicketHistoryEntry }) {
  const { t, format } = useI18n();
  const agents = useTicketAgents();
  const line = describeHistoryEntry(entry);

  const word = (value: HistoryValue): string => {
    switch (value.kind) {
      case 'status': {
        const style = ticketStatusStyles[value.value as TicketStatus];
        return style ? t(style.label) : value.value;
      }
      case 'priority': {
        const style = ticketPriorityStyles[value.value as TicketPriority];
        return style ? t(style.label) : value.value;
      }
      case 'channel': {
        const label = ticketChannelLabels[value.value as TicketChannel];
        return label ? t(label) : value.value;
      }
      case 'employee': {
        if (value.id === null) return t('tickets.history.nobody');
        const agent = agents.data?.find((candidate) => candidate.employeeId === value.id);
        return agent?.name ?? t('tickets.history.employee', { id: value.id });
      }
      case 'slaTarget': {
        const label = slaTargetLabels[value.value];
        return label ? t(label) : value.value;
      }
      default:
        return value.value;
    }
  };
  const words = (values: Record<string, HistoryValue>) =>
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, word(value)]));

  return (
    <Timeline.Item title={t(historyMessageKeys[line.message], words(line.values))}>
      <Text size="xs" c="dimmed">
        {t('tickets.history.by', { time: format.dateTime(entry.createdAt), actor: entry.actorName })}
      </Text>
      {line.reason && <Text size="sm">{line.reason}</Text>}
      {line.details.map((detail) => (
        <Text size="sm" key={`${detail.message}:${JSON.stringify(detail.values)}`}>
          {t(escalationMessageKeys[detail.message], words(detail.values))}
        </Text>
      ))}
    </Timeline.Item>
  );
}
