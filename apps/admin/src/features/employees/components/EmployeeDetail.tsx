import { Anchor } from '@mantine/core';
import type { Employee } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordDetail } from '../../listing/components/RecordDetail';
import { employeeStatusStyles } from '../utils/employee-status';

export type EmployeeDetailProps = { employee: Employee };

export function EmployeeDetail({ employee }: EmployeeDetailProps) {
  const { t, format } = useI18n();
  return (
    <RecordDetail
      title={employee.name}
      subtitle={`${employee.role} · ${employee.department}`}
      badge={<EnumBadge value={employee.status} styles={employeeStatusStyles} />}
      record={employee}
      fields={[
        {
          label: t('field.email'),
          value: <Anchor href={`mailto:${employee.email}`}>{employee.email}</Anchor>,
        },
        { label: t('employees.role'), value: employee.role },
        { label: t('employees.department'), value: employee.department },
        { label: t('employees.hireDate'), value: format.date(employee.hireDate) },
      ]}
    />
  );
}
