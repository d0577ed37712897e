import { z } from 'zod';
import { staffRoles } from '../../platform/auth/roles';
import { listQuerySchema } from '../../platform/http/pagination';
import { employeeStatuses } from './schema';

const recordId = z.number().int().min(1).max(2_147_483_647);
const queryId = z.coerce.number().int().min(1).max(2_147_483_647);
const booleanQuery = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

// ---------------------------------------------------------------- employees

export const employeeSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    email: z.string(),
    role: z.string().describe('Job title'),
    department: z.string().describe('Name of the department, kept in step with departmentId'),
    departmentId: z.number().int().nullable(),
    managerId: z.number().int().nullable(),
    phone: z.string().nullable(),
    hireDate: z.iso.date(),
    status: z.enum(employeeStatuses),
    userId: z.number().int().nullable().describe('The sign-in account of this employee, if any'),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Employee' });

export type EmployeeDto = z.infer<typeof employeeSchema>;

export const employeeSummarySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: z.string(),
    status: z.enum(employeeStatuses),
  })
  .meta({ id: 'EmployeeSummary' });

export type EmployeeSummary = z.infer<typeof employeeSummarySchema>;

export const employeeSkillSchema = z
  .object({
    skillId: z.number().int(),
    name: z.string(),
    level: z.number().int().describe('1 (basic) to 5 (expert)'),
  })
  .meta({ id: 'EmployeeSkill' });

export type EmployeeSkillDto = z.infer<typeof employeeSkillSchema>;

const departmentRefSchema = z
  .object({ id: z.number().int(), name: z.string() })
  .meta({ id: 'DepartmentRef' });

export const employeeDetailSchema = employeeSchema
  .extend({
    departmentPath: z
      .array(departmentRefSchema)
      .describe('The department and its parents, outermost first; empty without a department'),
    manager: employeeSummarySchema.nullable(),
    skills: z.array(employeeSkillSchema),
    directReports: z.array(employeeSummarySchema),
  })
  .meta({ id: 'EmployeeDetail' });

export type EmployeeDetailDto = z.infer<typeof employeeDetailSchema>;

export const employeeListQuerySchema = listQuerySchema(['name', 'hireDate', 'id'], 'name').extend({
  departmentId: queryId.optional(),
  includeSubdepartments: booleanQuery.describe('With departmentId: also employees of its sub-departments'),
  skillId: queryId.optional().describe('Only employees with this skill'),
  minSkillLevel: z.coerce
    .number()
    .int()
    .min(1)
    .max(5)
    .optional()
    .describe('With skillId: at least this level'),
  status: z.enum(employeeStatuses).optional(),
  managerId: queryId.optional().describe('Direct reports of this employee'),
});
export type EmployeeListQuery = z.infer<typeof employeeListQuerySchema>;

const nameField = z.string().trim().min(1).max(255);
const emailField = z.string().trim().max(255).pipe(z.email());
const jobTitleField = z.string().trim().min(1).max(100).describe('Job title');
const phoneField = z.string().trim().min(1).max(50).nullable();

export const createEmployeeBodySchema = z
  .object({
    name: nameField,
    email: emailField,
    role: jobTitleField,
    departmentId: recordId,
    hireDate: z.iso.date(),
    managerId: recordId.nullable().optional(),
    phone: phoneField.optional(),
  })
  .strict();
export type CreateEmployeeInput = z.infer<typeof createEmployeeBodySchema>;

export const updateEmployeeBodySchema = z
  .object({
    name: nameField,
    email: emailField,
    role: jobTitleField,
    departmentId: recordId,
    hireDate: z.iso.date(),
    phone: phoneField,
  })
  .partial()
  .strict();
export type UpdateEmployeeInput = z.infer<typeof updateEmployeeBodySchema>;

export const changeStatusBodySchema = z
  .object({
    status: z.enum(employeeStatuses),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type ChangeStatusInput = z.infer<typeof changeStatusBodySchema>;

export const setManagerBodySchema = z
  .object({ managerId: recordId.nullable().describe('null: reports to no one') })
  .strict();

export const setSkillsBodySchema = z
  .object({
    skills: z
      .array(
        z
          .object({
            skillId: recordId,
            level: z.number().int().min(1).max(5).describe('1 (basic) to 5 (expert)'),
          })
          .strict(),
      )
      .max(100)
      .refine((skills) => new Set(skills.map((skill) => skill.skillId)).size === skills.length, {
        message: 'each skill may appear once',
      })
      .describe('The complete set: skills not listed are removed'),
  })
  .strict();
export type SkillLevelInput = z.infer<typeof setSkillsBodySchema>['skills'][number];

export const linkUserBodySchema = z.object({ userId: recordId }).strict();

// ---------------------------------------------------------------- staff look-up

export const staffMemberSchema = z
  .object({
    userId: z.number().int(),
    name: z.string().describe('The account’s name, or its email when it has none'),
    email: z.string(),
    role: z.enum(staffRoles).describe('The sign-in role'),
    employeeId: z.number().int().nullable().describe('The employee record linked to the account, if any'),
  })
  .meta({ id: 'StaffMember' });
export type StaffMemberDto = z.infer<typeof staffMemberSchema>;

export const staffQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || undefined)
    .describe('Part of the name or email'),
  userId: queryId.optional().describe('Only this account, e.g. to name an owner chosen earlier'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type StaffQuery = z.infer<typeof staffQuerySchema>;

// ---------------------------------------------------------------- org chart

export type OrgChartNode = EmployeeSummary & {
  departmentId: number | null;
  department: string;
  managerId: number | null;
  reports: OrgChartNode[];
};

export const orgChartNodeSchema: z.ZodType<OrgChartNode> = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: z.string(),
    status: z.enum(employeeStatuses),
    departmentId: z.number().int().nullable(),
    department: z.string(),
    managerId: z.number().int().nullable(),
    get reports() {
      return z.array(orgChartNodeSchema);
    },
  })
  .meta({ id: 'OrgChartNode' });

export const orgChartSchema = z
  .object({
    roots: z.array(orgChartNodeSchema),
    total: z.number().int().describe('Employees in the chart'),
  })
  .meta({ id: 'OrgChart' });

export const orgChartQuerySchema = z
  .object({
    rootEmployeeId: queryId.optional().describe('The chart below this employee, who is its root'),
    departmentId: queryId
      .optional()
      .describe('Only employees of this department (and its sub-departments), by reporting line'),
    includeTerminated: booleanQuery.describe('Terminated employees are left out unless true'),
    depth: z.coerce.number().int().min(1).max(50).optional().describe('Levels below the roots to include'),
  })
  .refine((query) => query.rootEmployeeId === undefined || query.departmentId === undefined, {
    message: 'give rootEmployeeId or departmentId, not both',
    path: ['departmentId'],
  });
export type OrgChartQuery = z.infer<typeof orgChartQuerySchema>;

// ---------------------------------------------------------------- departments

export const departmentSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    parentId: z.number().int().nullable(),
    headEmployeeId: z.number().int().nullable(),
    employeeCount: z.number().int().describe('Employees not terminated, in this department itself'),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Department' });
export type DepartmentDto = z.infer<typeof departmentSchema>;

export const departmentDetailSchema = departmentSchema
  .extend({
    path: z.array(departmentRefSchema).describe('Parents of the department, outermost first'),
    head: employeeSummarySchema.nullable(),
    children: z.array(departmentRefSchema),
  })
  .meta({ id: 'DepartmentDetail' });

export type DepartmentTreeNode = {
  id: number;
  name: string;
  headEmployeeId: number | null;
  employeeCount: number;
  children: DepartmentTreeNode[];
};

export const departmentTreeNodeSchema: z.ZodType<DepartmentTreeNode> = z
  .object({
    id: z.number().int(),
    name: z.string(),
    headEmployeeId: z.number().int().nullable(),
    employeeCount: z.number().int(),
    get children() {
      return z.array(departmentTreeNodeSchema);
    },
  })
  .meta({ id: 'DepartmentTreeNode' });

export const departmentListQuerySchema = listQuerySchema(['name', 'id'], 'name').extend({
  parentId: queryId.optional().describe('Only direct sub-departments of this one'),
});
export type DepartmentListQuery = z.infer<typeof departmentListQuerySchema>;

const departmentNameField = z.string().trim().min(1).max(100);

export const createDepartmentBodySchema = z
  .object({
    name: departmentNameField,
    parentId: recordId.nullable().optional(),
    headEmployeeId: recordId.nullable().optional(),
  })
  .strict();
export type CreateDepartmentInput = z.infer<typeof createDepartmentBodySchema>;

export const updateDepartmentBodySchema = z
  .object({
    name: departmentNameField,
    parentId: recordId.nullable(),
    headEmployeeId: recordId.nullable(),
  })
  .partial()
  .strict();
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentBodySchema>;

// ---------------------------------------------------------------- skills

export const skillSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    employeeCount: z.number().int().describe('Employees (any status) who have the skill'),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Skill' });
export type SkillDto = z.infer<typeof skillSchema>;

export const skillListQuerySchema = listQuerySchema(['name', 'id'], 'name');
export type SkillListQuery = z.infer<typeof skillListQuerySchema>;

export const skillBodySchema = z.object({ name: z.string().trim().min(1).max(100) }).strict();
