import { Alert, Button, Group, List, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import {
  type BulkAction,
  type TicketBulkResult,
  type TicketPriority,
  type TicketStatus,
  ticketPriorities,
  ticketStatuses,
} from '../api/ticket-types';
import { useBulkTicketAction } from '../api/useTicketWrites';
import { useTicketProblemMessages } from '../hooks/useTicketProblemMessages';
import { ticketPriorityStyles, ticketStatusStyles } from '../utils/ticket-styles';
import { StaffAssigneePicker } from './StaffAssigneePicker';

const actions = ['status', 'assign', 'priority', 'add_tag'] as const;
type ActionName = (typeof actions)[number];

export type BulkActionBarProps = {
  selectedIds: number[];
  onClear: () => void;
  /** Called with the tickets the action changed, so they can leave the selection. */
  onDone: (changedIds: number[]) => void;
};

/** One action for every selected ticket; each ticket succeeds or fails on its own, and the result says which. */
export function BulkActionBar({ selectedIds, onClear, onDone }: BulkActionBarProps) {
  const { t } = useI18n();
  const messages = useTicketProblemMessages();
  const bulk = useBulkTicketAction();
  const [action, setAction] = useState<ActionName>('status');
  const [status, setStatus] = useState<TicketStatus>('open');
  const [priority, setPriority] = useState<TicketPriority>('high');
  const [employeeId, setEmployeeId] = useState<number | null>(null);
  const [tag, setTag] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [result, setResult] = useState<TicketBulkResult | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (action === 'priority' && !reason.trim()) {
      setReasonError(t('tickets.bulk.reasonRequired'));
      return;
    }
    setReasonError(null);
    const ids = selectedIds;
    const why = reason.trim() ? { reason: reason.trim() } : {};
    let body: BulkAction;
    if (action === 'status') body = { action, ids, status, ...why };
    else if (action === 'assign') body = { action, ids, employeeId, ...why };
    else if (action === 'priority') body = { action, ids, priority, reason: reason.trim() };
    else {
      if (!tag.trim()) return;
      body = { action, ids, tag: tag.trim(), ...why };
    }
    bulk.mutate(body, {
      onSuccess: (outcome) => {
        setResult(outcome);
        setReason('');
        onDone(outcome.results.filter((item) => item.ok).map((item) => item.id));
      },
    });
  };

  return (
    <>
      {result && <BulkResultSummary result={result} onDismiss={() => setResult(null)} />}
      {bulk.isError && (
        <ProblemAlert error={bulk.error} title={t('tickets.bulk.failed')} messages={messages} />
      )}
      {selectedIds.length > 0 && (
        <Paper
          component="form"
          onSubmit={submit}
          aria-label={t('tickets.bulk.label')}
          withBorder
          radius="md"
          p="sm"
          mb="md"
          bg="var(--mantine-color-default-hover)"
        >
          <Group align="flex-end" gap="sm">
            <Text fw={600} size="sm" mb={8}>
              {t('tickets.bulk.selected', { count: selectedIds.length })}
            </Text>
            <NativeSelect
              label={t('tickets.bulk.action')}
              value={action}
              onChange={(event) => setAction(event.currentTarget.value as ActionName)}
              data={actions.map((name) => ({ value: name, label: t(`tickets.bulk.action.${name}`) }))}
              w={170}
            />
            {action === 'status' && (
              <NativeSelect
                label={t('tickets.bulk.newStatus')}
                value={status}
                onChange={(event) => setStatus(event.currentTarget.value as TicketStatus)}
                data={ticketStatuses.map((value) => ({ value, label: t(ticketStatusStyles[value].label) }))}
                w={150}
              />
            )}
            {action === 'priority' && (
              <NativeSelect
                label={t('tickets.bulk.newPriority')}
                value={priority}
                onChange={(event) => setPriority(event.currentTarget.value as TicketPriority)}
                data={ticketPriorities.map((value) => ({
                  value,
                  label: t(ticketPriorityStyles[value].label),
                }))}
                w={150}
              />
            )}
            {action === 'assign' && (
              <StaffAssigneePicker
                label={t('tickets.bulk.assignTo')}
                value={employeeId}
                onChange={setEmployeeId}
                placeholder={t('tickets.unassigned')}
                w={220}
              />
            )}
            {action === 'add_tag' && (
              <TextInput
                label={t('tickets.bulk.tag')}
                value={tag}
                onChange={(event) => setTag(event.currentTarget.value)}
                maxLength={50}
                required
                w={160}
              />
            )}
            <TextInput
              label={t('tickets.bulk.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              required={action === 'priority'}
              error={reasonError}
              maxLength={1000}
              style={{ flex: '1 1 200px' }}
            />
            <Button type="submit" loading={bulk.isPending}>
              {t('tickets.bulk.apply', { count: selectedIds.length })}
            </Button>
            <Button variant="subtle" onClick={onClear}>
              {t('tickets.bulk.clear')}
            </Button>
          </Group>
        </Paper>
      )}
    </>
  );
}

type BulkResultSummaryProps = { result: TicketBulkResult; onDismiss: () => void };

function BulkResultSummary({ result, onDismiss }: BulkResultSummaryProps) {
  const { t } = useI18n();
  const failures = result.results.filter((item) => !item.ok);
  const ok = result.results.length - failures.length;
  return (
    <Alert
      color={failures.length === 0 ? 'green' : 'yellow'}
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      title={t('tickets.bulk.resultTitle')}
      role="status"
      withCloseButton
      closeButtonLabel={t('tickets.bulk.dismiss')}
      onClose={onDismiss}
      mb="md"
    >
      <Text size="sm">{t('tickets.bulk.resultSummary', { ok, failed: failures.length })}</Text>
      {failures.length > 0 && (
        <List size="sm" mt="xs">
          {failures.map((item) => (
            <List.Item key={item.id}>
              {t('tickets.bulk.resultFailure', { id: item.id, detail: item.problem?.detail ?? '' })}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
