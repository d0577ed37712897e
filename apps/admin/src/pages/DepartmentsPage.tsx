import { Alert, Button, Grid, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDepartmentTree } from '../features/departments/api/useDepartmentTree';
import { DepartmentPanel } from '../features/departments/components/DepartmentPanel';
import { DepartmentTree } from '../features/departments/components/DepartmentTree';
import { NewDepartmentModal } from '../features/departments/components/NewDepartmentModal';
import { findDepartment } from '../features/departments/utils/department-tree';
import { useCanManageWorkforce } from '../features/employees/hooks/useCanManageWorkforce';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

/** The department tree with headcounts; the department chosen in it (kept in the URL) opens beside it. */
export function DepartmentsPage() {
  const { t } = useI18n();
  const canManage = useCanManageWorkforce();
  const tree = useDepartmentTree();
  const [search, setSearch] = useSearchParams();
  const [creating, creation] = useDisclosure(false);
  const [deleted, setDeleted] = useState<string | null>(null);
  const selectedText = search.get('department');
  const selectedId = selectedText && /^\d+$/.test(selectedText) ? Number(selectedText) : null;
  const select = (id: number | null) => {
    setDeleted(null);
    setSearch(id === null ? {} : { department: String(id) });
  };
  const roots = tree.data ?? [];
  const node = selectedId === null ? undefined : findDepartment(roots, selectedId);

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('departments.title')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={creation.open}>
              {t('departments.new.open')}
            </Button>
          )
        }
      />
      {deleted && (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" mb="md">
          {t('departments.delete.done', { name: deleted })}
        </Alert>
      )}
      {tree.isPending ? (
        <LoadingState />
      ) : tree.isError ? (
        <ErrorState error={tree.error} onRetry={() => tree.refetch()} />
      ) : roots.length === 0 ? (
        <EmptyResult title={t('list.empty')} description={t('departments.empty')} />
      ) : (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder radius="md" p="sm">
              <DepartmentTree roots={roots} selectedId={selectedId} onSelect={select} />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selectedId === null ? (
              <Paper withBorder radius="md" p="lg">
                <Text c="dimmed" size="sm">
                  {t('departments.choose')}
                </Text>
              </Paper>
            ) : (
              <DepartmentPanel
                key={selectedId}
                id={selectedId}
                node={node}
                canManage={canManage}
                onDeleted={(name) => {
                  select(null);
                  setDeleted(name);
                }}
              />
            )}
          </Grid.Col>
        </Grid>
      )}
      {canManage && (
        <NewDepartmentModal
          opened={creating}
          onClose={creation.close}
          parentId={selectedId}
          onCreated={(department) => {
            creation.close();
            select(department.id);
          }}
        />
      )}
    </Stack>
  );
}
