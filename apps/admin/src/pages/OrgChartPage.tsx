import { Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DepartmentSelect } from '../features/departments/components/DepartmentSelect';
import { EmployeePicker } from '../features/employees/components/EmployeePicker';
import { useOrgChart } from '../features/org-chart/api/useOrgChart';
import { OrgChartTree } from '../features/org-chart/components/OrgChartTree';
import { useOpenPeople } from '../features/org-chart/hooks/useOpenPeople';
import { type OrgChartRoot, orgChartQuery, readOrgChartRoot } from '../features/org-chart/utils/org-chart';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

type RootKind = OrgChartRoot['kind'];

/** Who reports to whom: the whole company, one department's branch, or the line below one person. */
export function OrgChartPage() {
  const { t } = useI18n();
  const rootLabelId = useId();
  const [search, setSearch] = useSearchParams();
  const root = readOrgChartRoot(search);
  const includeTerminated = search.get('includeTerminated') === 'true';
  // The chooser may show "department" or "person" before anything has been picked for it.
  const [pickedKind, setPickedKind] = useState<RootKind | null>(null);
  const kind = root.kind !== 'everyone' ? root.kind : (pickedKind ?? 'everyone');
  const query = useOrgChart(orgChartQuery(root, includeTerminated));
  const roots = query.data?.roots ?? [];
  const people = useOpenPeople(query.data);

  const write = (next: { root?: OrgChartRoot; includeTerminated?: boolean }) => {
    const params = new URLSearchParams();
    const chosen = next.root ?? root;
    if (chosen.kind === 'person') params.set('rootEmployeeId', String(chosen.id));
    if (chosen.kind === 'department') params.set('departmentId', String(chosen.id));
    if (next.includeTerminated ?? includeTerminated) params.set('includeTerminated', 'true');
    setSearch(params);
  };
  const chooseKind = (value: string) => {
    const next = value as RootKind;
    setPickedKind(next);
    if (next !== root.kind) write({ root: { kind: 'everyone' } });
  };

  return (
    <Stack gap="md">
      <PageHeader title={t('orgChart.title')} />
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="md" role="search" aria-label={t('orgChart.controls')}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id={rootLabelId}>
              {t('orgChart.rootedAt')}
            </Text>
            <SegmentedControl
              aria-labelledby={rootLabelId}
              value={kind}
              onChange={chooseKind}
              data={[
                { value: 'everyone', label: t('orgChart.root.everyone') },
                { value: 'department', label: t('orgChart.root.department') },
                { value: 'person', label: t('orgChart.root.person') },
              ]}
            />
          </Stack>
          {kind === 'department' && (
            <DepartmentSelect
              label={t('orgChart.department')}
              placeholder={t('orgChart.chooseDepartment')}
              value={root.kind === 'department' ? root.id : null}
              onChange={(id) =>
                write({ root: id === null ? { kind: 'everyone' } : { kind: 'department', id } })
              }
              w={260}
            />
          )}
          {kind === 'person' && (
            <EmployeePicker
              label={t('orgChart.person')}
              placeholder={t('orgChart.choosePerson')}
              value={root.kind === 'person' ? root.id : null}
              onChange={(id) => write({ root: id === null ? { kind: 'everyone' } : { kind: 'person', id } })}
              w={260}
            />
          )}
          <Checkbox
            label={t('orgChart.includeTerminated')}
            checked={includeTerminated}
            onChange={(event) => write({ includeTerminated: event.currentTarget.checked })}
            mb={8}
          />
        </Group>
      </Paper>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : roots.length === 0 ? (
        <EmptyResult title={t('list.empty')} description={t('orgChart.empty')} />
      ) : (
        <Paper withBorder radius="md" p="md" aria-busy={query.isFetching}>
          <Group justify="space-between" mb="sm">
            <Text size="sm" c="dimmed" role="status">
              {t('orgChart.total', { count: query.data.total })}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={people.openAll}>
                {t('orgChart.expandAll')}
              </Button>
              <Button size="xs" variant="default" onClick={people.closeAll}>
                {t('orgChart.collapseAll')}
              </Button>
            </Group>
          </Group>
          <OrgChartTree
            roots={roots}
            open={people.open}
            onToggle={people.toggle}
            label={t('orgChart.title')}
          />
        </Paper>
      )}
    </Stack>
  );
}
