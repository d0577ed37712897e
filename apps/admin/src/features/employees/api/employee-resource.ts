import { type Employee, type EmployeeListQuery, unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ResourceDefinition } from '../../listing/api/resource';

export const employeeResource: ResourceDefinition<Employee> = {
  key: 'employees',
  sortFields: ['name', 'hireDate', 'id'],
  defaultSort: 'name',
  fetchList: (query, signal) =>
    unwrap(api.GET('/api/employees', { params: { query: query as EmployeeListQuery }, signal })),
  fetchOne: (id, signal) => unwrap(api.GET('/api/employees/{id}', { params: { path: { id } }, signal })),
};
