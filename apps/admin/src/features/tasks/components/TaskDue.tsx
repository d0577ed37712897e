import { Badge, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { ClientTask } from '../api/task-types';
import { dueState } from '../utils/task-due';

export type TaskDueProps = { task: Pick<ClientTask, 'dueAt' | 'status'>; now: Date };

/** The due date, flagged when it has passed or is within a day. */
export function TaskDue({ task, now }: TaskDueProps) {
  const { t, format } = useI18n();
  if (!task.dueAt) return <Text size="sm">{t('tasks.noDueDate')}</Text>;
  const state = dueState(task, now);
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {format.dateTime(task.dueAt)}
      </Text>
      {state === 'overdue' && (
        <Badge size="sm" color="red" variant="light" tt="none">
          {t('tasks.overdue')}
        </Badge>
      )}
      {state === 'dueSoon' && (
        <Badge size="sm" color="yellow" variant="light" tt="none">
          {t('tasks.dueSoon')}
        </Badge>
      )}
    </Stack>
  );
}
