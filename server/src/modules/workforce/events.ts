import { z } from 'zod';
import { defineEvent } from '../../platform/events/domain-event';
import { employeeStatuses } from './schema';

const changesSchema = z
  .record(z.string(), z.object({ before: z.unknown(), after: z.unknown() }))
  .describe('Each changed field with its value before and after');

const skillLevelSchema = z.object({ skillId: z.number().int(), name: z.string(), level: z.number().int() });

export const employeeCreated = defineEvent({
  type: 'employee.created',
  aggregateType: 'employee',
  payload: z.object({
    name: z.string(),
    email: z.string(),
    role: z.string(),
    departmentId: z.number().int(),
    managerId: z.number().int().nullable(),
    hireDate: z.string(),
  }),
});

export const employeeUpdated = defineEvent({
  type: 'employee.updated',
  aggregateType: 'employee',
  payload: z.object({ changes: changesSchema }),
});

export const employeeStatusChanged = defineEvent({
  type: 'employee.status_changed',
  aggregateType: 'employee',
  payload: z.object({
    from: z.enum(employeeStatuses),
    to: z.enum(employeeStatuses),
    reason: z.string().nullable(),
  }),
});

export const employeeManagerChanged = defineEvent({
  type: 'employee.manager_changed',
  aggregateType: 'employee',
  payload: z.object({
    from: z.number().int().nullable(),
    to: z.number().int().nullable(),
    // Set when the change followed from another one, e.g. the former manager was terminated.
    cause: z.enum(['assigned', 'manager_terminated']),
  }),
});

export const employeeSkillsChanged = defineEvent({
  type: 'employee.skills_changed',
  aggregateType: 'employee',
  payload: z.object({ before: z.array(skillLevelSchema), after: z.array(skillLevelSchema) }),
});

export const employeeUserLinked = defineEvent({
  type: 'employee.user_linked',
  aggregateType: 'employee',
  payload: z.object({ userId: z.number().int(), previousUserId: z.number().int().nullable() }),
});

export const employeeUserUnlinked = defineEvent({
  type: 'employee.user_unlinked',
  aggregateType: 'employee',
  payload: z.object({ userId: z.number().int() }),
});

export const employeeDeleted = defineEvent({
  type: 'employee.deleted',
  aggregateType: 'employee',
  payload: z.object({ name: z.string(), email: z.string() }),
});

export const departmentCreated = defineEvent({
  type: 'department.created',
  aggregateType: 'department',
  payload: z.object({
    name: z.string(),
    parentId: z.number().int().nullable(),
    headEmployeeId: z.number().int().nullable(),
  }),
});

export const departmentUpdated = defineEvent({
  type: 'department.updated',
  aggregateType: 'department',
  payload: z.object({ changes: changesSchema }),
});

export const departmentDeleted = defineEvent({
  type: 'department.deleted',
  aggregateType: 'department',
  payload: z.object({ name: z.string() }),
});

export const skillCreated = defineEvent({
  type: 'skill.created',
  aggregateType: 'skill',
  payload: z.object({ name: z.string() }),
});

export const skillRenamed = defineEvent({
  type: 'skill.renamed',
  aggregateType: 'skill',
  payload: z.object({ from: z.string(), to: z.string() }),
});

export const skillDeleted = defineEvent({
  type: 'skill.deleted',
  aggregateType: 'skill',
  payload: z.object({ name: z.string() }),
});
