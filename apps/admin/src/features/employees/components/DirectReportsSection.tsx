import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { IconHierarchy2, IconListDetails } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import { EnumBadge } from '../../listing/components/EnumBadge';
import type { EmployeeDetail } from '../api/workforce-types';
import { employeeStatusStyles } from '../utils/employee-status';

export type DirectReportsSectionProps = { employee: EmployeeDetail };

/** The people who report to this employee, with the ways to see the wider line. */
export function DirectReportsSection({ employee }: DirectReportsSectionProps) {
  const { t } = useI18n();
  const reports = employee.directReports;
  return (
    <SectionCard
      title={t('employees.reports.title', { count: reports.length })}
      description={t('employees.reports.description')}
    >
      <Stack gap="sm">
        {reports.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('employees.reports.none')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" aria-label={t('employees.reports.label', { name: employee.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.name')}</Table.Th>
                <Table.Th>{t('employees.role')}</Table.Th>
                <Table.Th>{t('field.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reports.map((report) => (
                <Table.Tr key={report.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/employees/${report.id}`} size="sm" fw={600}>
                      {report.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{report.role}</Table.Td>
                  <Table.Td>
                    <EnumBadge value={report.status} styles={employeeStatusStyles} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group gap="md">
          <Anchor component={Link} to={`/org-chart?rootEmployeeId=${employee.id}`} size="sm">
            <Group gap={4} component="span">
              <IconHierarchy2 size={16} aria-hidden />
              {t('employees.reports.orgChart')}
            </Group>
          </Anchor>
          {reports.length > 0 && (
            <Anchor component={Link} to={`/employees?managerId=${employee.id}`} size="sm">
              <Group gap={4} component="span">
                <IconListDetails size={16} aria-hidden />
                {t('employees.reports.list')}
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
    </SectionCard>
  );
}
