import type { Employee } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import { employeeStatusStyles } from '../utils/employee-status';

export function useEmployeeColumns(): DataTableColumn<Employee>[] {
  const { t, format } = useI18n();
  return [
    {
      key: 'name',
      header: t('field.name'),
      sortField: 'name',
      cell: (employee) => <RecordLink to={`/employees/${employee.id}`}>{employee.name}</RecordLink>,
    },
    { key: 'email', header: t('field.email'), cell: (employee) => employee.email },
    { key: 'role', header: t('employees.role'), cell: (employee) => employee.role },
    { key: 'department', header: t('employees.department'), cell: (employee) => employee.department },
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
