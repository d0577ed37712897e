import { Anchor, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import type { EmployeeRow } from '../api/workforce-types';
import { employeeStatusStyles } from '../utils/employee-status';

export function useEmployeeColumns(): DataTableColumn<EmployeeRow>[] {
  const { t, format } = useI18n();
  return [
    {
      key: 'name',
      header: t('field.name'),
      sortField: 'name',
      cell: (employee) => <RecordLink to={`/employees/${employee.id}`}>{employee.name}</RecordLink>,
    },
    { key: 'role', header: t('employees.role'), cell: (employee) => employee.role },
    {
      key: 'department',
      header: t('employees.department'),
      cell: (employee) => employee.department || <Text c="dimmed">{t('field.none')}</Text>,
    },
    {
      key: 'email',
      header: t('field.email'),
      cell: (employee) => (
        <Anchor href={`mailto:${employee.email}`} size="sm" onClick={(event) => event.stopPropagation()}>
          {employee.email}
        </Anchor>
      ),
    },
    {
      key: 'status',
      header: t('field.status'),
      cell: (employee) => <EnumBadge value={employee.status} styles={employeeStatusStyles} />,
    },
    {
      key: 'hireDate',
      header: t('employees.hireDate'),
      sortField: 'hireDate',
      cell: (employee) => format.date(employee.hireDate),
    },
  ];
}
