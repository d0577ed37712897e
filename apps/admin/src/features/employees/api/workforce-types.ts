import type { components, paths } from '@smartcrm/api-client';

// Read from the generated schema, like the client's own entity types; the client does not name these (yet).
type Schemas = components['schemas'];
type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** An employee as lists show it: the record without its relations. */
export type EmployeeRow = Schemas['Employee'];
/** An employee with department path, manager, skills and direct reports, as the detail page shows it. */
export type EmployeeDetail = Schemas['EmployeeDetail'];
export type EmployeeSummary = Schemas['EmployeeSummary'];
export type EmployeeSkill = Schemas['EmployeeSkill'];
export type EmployeeStatus = EmployeeRow['status'];
export type EmployeeListQuery = NonNullable<paths['/api/employees']['get']['parameters']['query']>;
export type NewEmployee = JsonBody<paths['/api/employees']['post']>;
export type EmployeeChanges = JsonBody<paths['/api/employees/{id}']['patch']>;
export type StatusChange = JsonBody<paths['/api/employees/{id}/status']['post']>;
export type SkillLevel = JsonBody<paths['/api/employees/{id}/skills']['put']>['skills'][number];

export type Department = Schemas['Department'];
export type DepartmentDetail = Schemas['DepartmentDetail'];
export type DepartmentTreeNode = Schemas['DepartmentTreeNode'];
export type NewDepartment = JsonBody<paths['/api/departments']['post']>;
export type DepartmentChanges = JsonBody<paths['/api/departments/{id}']['patch']>;

export type Skill = Schemas['Skill'];
export type SkillListQuery = NonNullable<paths['/api/skills']['get']['parameters']['query']>;

export type OrgChart = Schemas['OrgChart'];
export type OrgChartNode = Schemas['OrgChartNode'];
export type OrgChartQuery = NonNullable<paths['/api/employees/org-chart']['get']['parameters']['query']>;

export const employeeStatuses = [
  'active',
  'on_leave',
  'terminated',
] as const satisfies readonly EmployeeStatus[];

/** Query keys of workforce data; one write can make any of them stale (see refreshWorkforce). */
export const workforceQueryKeys = {
  employees: ['employees'] as const,
  employee: (id: number) => ['employees', 'detail', id] as const,
  employeeSearch: (q: string) => ['employees', 'search', q] as const,
  orgChart: (query: OrgChartQuery) => ['employees', 'org-chart', query] as const,
  departments: ['departments'] as const,
  departmentTree: ['departments', 'tree'] as const,
  department: (id: number) => ['departments', 'detail', id] as const,
  skills: ['skills'] as const,
  skill: (id: number) => ['skills', 'detail', id] as const,
  skillSearch: (q: string) => ['skills', 'search', q] as const,
  audit: ['audit'] as const,
};
