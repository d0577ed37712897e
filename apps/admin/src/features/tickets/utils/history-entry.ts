import type { TicketHistoryEntry } from '../api/ticket-types';

/**
 * One history entry in words, before translation: which message, with which values, and the reason or
 * note that came with it. Values that are enum members (statuses, priorities) are tagged so the view can
 * translate them; ids of people are resolved to names by the view.
 */
export type HistoryLine = {
  message: HistoryMessage;
  values: Record<string, HistoryValue>;
  reason: string | null;
  /** What came with it: the escalation actions an SLA warning or breach took. */
  details: HistoryDetail[];
};

export type HistoryDetail = { message: EscalationMessage; values: Record<string, HistoryValue> };

export type EscalationMessage =
  | 'managerNotified'
  | 'noManager'
  | 'priorityRaised'
  | 'takenForReassignment'
  | 'otherEscalation';

export type HistoryMessage =
  | 'created'
  | 'statusChanged'
  | 'priorityChanged'
  | 'assigned'
  | 'assignedAutomatically'
  | 'unassigned'
  | 'queued'
  | 'replied'
  | 'firstResponse'
  | 'customerReplied'
  | 'noteAdded'
  | 'titleChanged'
  | 'descriptionChanged'
  | 'categoryChanged'
  | 'tagsChanged'
  | 'orderLinked'
  | 'mergedInto'
  | 'mergedFrom'
  | 'slaWarning'
  | 'slaBreached'
  | 'escalated'
  | 'attachmentAdded'
  | 'surveyRequested'
  | 'rated'
  | 'other';

export type HistoryValue =
  | { kind: 'status'; value: string }
  | { kind: 'priority'; value: string }
  | { kind: 'channel'; value: string }
  | { kind: 'employee'; id: number | null }
  | { kind: 'slaTarget'; value: string }
  | { kind: 'text'; value: string };

const text = (value: unknown): HistoryValue => ({ kind: 'text', value: value == null ? '' : String(value) });
const status = (value: unknown): HistoryValue => ({ kind: 'status', value: String(value ?? '') });
const priority = (value: unknown): HistoryValue => ({ kind: 'priority', value: String(value ?? '') });
const employee = (value: unknown): HistoryValue => ({
  kind: 'employee',
  id: typeof value === 'number' ? value : null,
});

const slaTarget = (value: unknown): HistoryValue => ({ kind: 'slaTarget', value: String(value ?? '') });

const reasonOf = (data: Record<string, unknown>): string | null =>
  typeof data.reason === 'string' && data.reason.trim() ? data.reason : null;

const list = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(', ') : '');

export function describeHistoryEntry(entry: Pick<TicketHistoryEntry, 'kind' | 'data'>): HistoryLine {
  const data = entry.data ?? {};
  const reason = reasonOf(data);
  const line = (
    message: HistoryMessage,
    values: Record<string, HistoryValue> = {},
    why = reason,
    details: HistoryDetail[] = [],
  ): HistoryLine => ({ message, values, reason: why, details });
  switch (entry.kind) {
    case 'created': {
      const reasons = Array.isArray(data.priorityReasons) ? data.priorityReasons.map(String).join('; ') : '';
      return line(
        'created',
        {
          priority: priority(data.priority),
          channel: { kind: 'channel', value: String(data.channel ?? '') },
        },
        reasons || reason,
      );
    }
    case 'status_changed':
      return line('statusChanged', { from: status(data.from), to: status(data.to) });
    case 'priority_changed':
      return line('priorityChanged', { from: priority(data.from), to: priority(data.to) });
    case 'assigned':
      return line(data.automatic === true ? 'assignedAutomatically' : 'assigned', { to: employee(data.to) });
    case 'unassigned':
      return line('unassigned', { from: employee(data.from) });
    case 'queued':
      return line('queued', { queue: text(data.queueName) });
    case 'commented':
      if (data.authorKind === 'customer') return line('customerReplied');
      return line(data.firstResponse === true ? 'firstResponse' : 'replied');
    case 'note_added':
      return line('noteAdded');
    case 'title_changed':
      return line('titleChanged', { to: text(data.to) });
    case 'description_changed':
      return line('descriptionChanged');
    case 'category_changed':
      return line('categoryChanged');
    case 'tags_changed':
      return line('tagsChanged', {
        added: text(list(data.added) || '—'),
        removed: text(list(data.removed) || '—'),
      });
    case 'order_linked':
      return line('orderLinked', { order: text(data.to == null ? '—' : `#${data.to}`) });
    case 'merged':
      return typeof data.intoTicketId === 'number'
        ? line('mergedInto', { ticket: text(`#${data.intoTicketId}`) })
        : line('mergedFrom', { ticket: text(`#${data.fromTicketId}`) });
    case 'sla_warning':
    case 'sla_breached':
      return line(
        entry.kind === 'sla_warning' ? 'slaWarning' : 'slaBreached',
        { target: slaTarget(data.target) },
        reason,
        Array.isArray(data.escalations) ? data.escalations.map(describeEscalation) : [],
      );
    case 'escalated':
      // One entry per action, as SLA sweeps wrote them before the warning or breach entry named its actions.
      return line('escalated', { target: slaTarget(data.target) }, reason, [describeEscalation(data)]);
    case 'attachment_added':
      return line('attachmentAdded', { file: text(data.fileName) });
    case 'survey_requested':
      return line('surveyRequested');
    case 'rated':
      return line(
        'rated',
        { score: text(data.score) },
        typeof data.comment === 'string' ? data.comment : null,
      );
    default:
      return line('other', { kind: text(entry.kind.replaceAll('_', ' ')) });
  }
}

function describeEscalation(escalation: unknown): HistoryDetail {
  const data = (escalation ?? {}) as Record<string, unknown>;
  switch (data.action) {
    case 'notify_manager':
      return typeof data.managerEmployeeId === 'number'
        ? { message: 'managerNotified', values: { manager: employee(data.managerEmployeeId) } }
        : { message: 'noManager', values: {} };
    case 'raise_priority':
      return { message: 'priorityRaised', values: { from: priority(data.from), to: priority(data.to) } };
    case 'reassign':
      return { message: 'takenForReassignment', values: { from: employee(data.from) } };
    default:
      return { message: 'otherEscalation', values: { action: text(data.action) } };
  }
}
