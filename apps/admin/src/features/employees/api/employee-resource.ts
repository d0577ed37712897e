import { unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ListResource } from '../../listing/api/resource';
import type { EmployeeListQuery, EmployeeRow } from './workforce-types';

/** Query parameters of the employee list besides search, sort and paging, kept in the page's URL. */
export const employeeFilterKeys = [
  'departmentId',
  'skillId',
  'minSkillLevel',
  'status',
  'managerId',
] as const;

export const employeeResource: ListResource<EmployeeRow> = {
  key: 'employees',
  sortFields: ['name', 'hireDate', 'id'],
  defaultSort: 'name',
  filterKeys: employeeFilterKeys,
  fetchList: (query, signal) => {
    const { minSkillLevel, ...rest } = query;
    const sent = {
      ...rest,
      // A department means its whole branch: people in its teams belong to it too.
      ...(query.departmentId ? { includeSubdepartments: 'true' } : {}),
      // A level on its own means nothing; it stays in the URL for when a skill is chosen again.
      ...(query.skillId && minSkillLevel ? { minSkillLevel } : {}),
    };
    // The list view sends only `sortFields` and `filterKeys`, which mirror the API's query parameters.
    return unwrap(api.GET('/api/employees', { params: { query: sent as EmployeeListQuery }, signal }));
  },
};
