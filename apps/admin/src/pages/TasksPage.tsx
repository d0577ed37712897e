import { Alert, Button, Group, Modal, Paper, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTaskList } from '../features/tasks/api/useTasks';
import { NewTaskForm } from '../features/tasks/components/NewTaskForm';
import { TaskTable } from '../features/tasks/components/TaskTable';
import { useMyEmployee } from '../features/tasks/hooks/useMyEmployee';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

type Scope = 'mine' | 'open';

/** The follow-ups to do: one's own, or every open one, soonest due first. */
export function TasksPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const scope: Scope = search.get('scope') === 'open' ? 'open' : 'mine';
  const [creating, creation] = useDisclosure(false);
  const { employee, isPending: findingEmployee } = useMyEmployee();
  const mine = scope === 'mine';
  const tasks = useTaskList(
    {
      status: 'open',
      sort: 'dueAt',
      limit: 25,
      ...(mine && employee ? { assigneeEmployeeId: employee.id } : {}),
    },
    !mine || employee !== null,
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('tasks.title')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={creation.open}>
            {t('tasks.new.title')}
          </Button>
        }
      />
      <SegmentedControl
        aria-label={t('tasks.show')}
        value={scope}
        onChange={(value) => setSearch(value === 'open' ? { scope: 'open' } : {}, { replace: true })}
        data={[
          { value: 'mine', label: t('tasks.mine') },
          { value: 'open', label: t('tasks.allOpen') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {mine && !findingEmployee && employee === null ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {t('tasks.noEmployee')}
        </Alert>
      ) : (mine && findingEmployee) || tasks.isPending ? (
        <LoadingState />
      ) : tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : tasks.data.pages[0]?.items.length === 0 ? (
        <EmptyResult
          title={t('tasks.emptyTitle')}
          description={mine ? t('tasks.emptyMine') : t('tasks.emptyOpen')}
        />
      ) : (
        <Paper withBorder radius="md" p="sm">
          <TaskTable
            caption={mine ? t('tasks.mine') : t('tasks.allOpen')}
            tasks={tasks.data.pages.flatMap((page) => page.items)}
            withClient
            canComplete
          />
        </Paper>
      )}
      {tasks.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={tasks.isFetchingNextPage} onClick={() => tasks.fetchNextPage()}>
            {t('clients.loadMore')}
          </Button>
        </Group>
      )}
      <Modal
        opened={creating}
        onClose={creation.close}
        title={t('tasks.new.title')}
        size="lg"
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700 } }}
      >
        {creating && (
          <NewTaskForm
            defaultAssigneeId={employee?.id ?? null}
            onCreated={creation.close}
            onCancel={creation.close}
          />
        )}
      </Modal>
    </Stack>
  );
}
