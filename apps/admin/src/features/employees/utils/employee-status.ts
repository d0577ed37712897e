import type { Employee } from '@smartcrm/api-client';
import type { EnumStyles } from '../../listing/utils/enum-style';

export const employeeStatusStyles: EnumStyles<Employee['status']> = {
  active: { label: 'employees.status.active', color: 'green' },
  on_leave: { label: 'employees.status.on_leave', color: 'yellow' },
  terminated: { label: 'employees.status.terminated', color: 'gray' },
};
