import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { clientResource } from '../../clients/api/client-resource';
import { useClientProblemMessages } from '../../clients/hooks/useClientProblemMessages';
import { useResourceDetail } from '../../listing/api/useResourceDetail';
import type { ClientTask } from '../api/task-types';
import { useCompleteTask } from '../api/useTasks';
import { TaskDue } from './TaskDue';

export type TaskTableProps = {
  caption: string;
  tasks: readonly ClientTask[];
  /** Shown on the tasks page; a client's own page leaves it out. */
  withClient: boolean;
  canComplete: boolean;
};

/** Tasks with their client, assignee and due date; open ones can be marked done. */
export function TaskTable({ caption, tasks, withClient, canComplete }: TaskTableProps) {
  const { t } = useI18n();
  const complete = useCompleteTask();
  const messages = useClientProblemMessages();
  // One clock for the whole table, so neighbouring rows never disagree about "overdue".
  const now = useMemo(() => new Date(), []);
  const none = t('field.none');

  return (
    <Stack gap="sm">
      {complete.isError && (
        <ProblemAlert error={complete.error} title={t('tasks.completeFailed')} messages={messages} />
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tasks.task')}</Table.Th>
              {withClient && <Table.Th>{t('tasks.client')}</Table.Th>}
              <Table.Th>{t('tasks.assignee')}</Table.Th>
              <Table.Th>{t('tasks.due')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              {canComplete && <Table.Th>{t('list.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((task) => (
              <Table.Tr key={task.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {task.title}
                  </Text>
                  {task.description && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {task.description}
                    </Text>
                  )}
                  {task.source !== 'manual' && (
                    <Text size="xs" c="dimmed">
                      {t(`tasks.source.${task.source}`)}
                    </Text>
                  )}
                </Table.Td>
                {withClient && (
                  <Table.Td>
                    <ClientLink clientId={task.clientId} />
                  </Table.Td>
                )}
                <Table.Td>
                  {task.assigneeEmployeeId === null
                    ? t('tasks.unassigned')
                    : (task.assigneeName ?? t('tasks.employee', { id: task.assigneeEmployeeId }))}
                </Table.Td>
                <Table.Td>
                  <TaskDue task={task} now={now} />
                </Table.Td>
                <Table.Td>
                  <Badge
                    size="sm"
                    variant="light"
                    tt="none"
                    color={task.status === 'open' ? 'blue' : task.status === 'done' ? 'green' : 'gray'}
                  >
                    {t(`tasks.status.${task.status}`)}
                  </Badge>
                </Table.Td>
                {canComplete && (
                  <Table.Td>
                    {task.status === 'open' ? (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconCheck size={14} aria-hidden />}
                        loading={complete.isPending && complete.variables?.id === task.id}
                        onClick={() => complete.mutate(task)}
                        aria-label={t('tasks.completeNamed', { title: task.title })}
                      >
                        {t('tasks.complete')}
                      </Button>
                    ) : (
                      none
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

// Tasks carry only the client's id; its name is looked up (and cached) per client.
function ClientLink({ clientId }: { clientId: number }) {
  const { t } = useI18n();
  const client = useResourceDetail(clientResource, clientId);
  return (
    <Anchor component={Link} to={`/clients/${clientId}`} size="sm">
      {client.data?.companyName ?? t('tasks.clientNumber', { id: clientId })}
    </Anchor>
  );
}
