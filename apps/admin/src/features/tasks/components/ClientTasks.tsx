import { Button, Group, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useTaskList } from '../api/useTasks';
import { useMyEmployee } from '../hooks/useMyEmployee';
import { NewTaskForm } from './NewTaskForm';
import { TaskTable } from './TaskTable';

export type ClientTasksProps = { clientId: number; canWrite: boolean };

/** The client's follow-ups, open ones soonest due first, and a form to add one. */
export function ClientTasks({ clientId, canWrite }: ClientTasksProps) {
  const { t } = useI18n();
  const [show, setShow] = useState<'open' | 'all'>('open');
  const { employee } = useMyEmployee();
  const tasks = useTaskList({
    clientId,
    sort: 'dueAt',
    limit: 25,
    ...(show === 'open' ? { status: 'open' } : {}),
  });

  return (
    <Stack gap="md">
      {canWrite && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            {t('tasks.new.title')}
          </Title>
          <NewTaskForm
            key={employee?.id ?? 'none'}
            clientId={clientId}
            defaultAssigneeId={employee?.id ?? null}
          />
        </Paper>
      )}
      <SegmentedControl
        aria-label={t('tasks.show')}
        value={show}
        onChange={(value) => setShow(value as 'open' | 'all')}
        data={[
          { value: 'open', label: t('tasks.showOpen') },
          { value: 'all', label: t('tasks.showAll') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {tasks.isPending ? (
        <LoadingState />
      ) : tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : tasks.data.pages[0]?.items.length === 0 ? (
        <EmptyResult title={t('tasks.emptyTitle')} description={t('tasks.emptyClient')} />
      ) : (
        <TaskTable
          caption={t('tasks.clientCaption')}
          tasks={tasks.data.pages.flatMap((page) => page.items)}
          withClient={false}
          canComplete={canWrite}
        />
      )}
      {tasks.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={tasks.isFetchingNextPage} onClick={() => tasks.fetchNextPage()}>
            {t('clients.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
