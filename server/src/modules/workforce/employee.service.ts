import { staffRoles } from '../../platform/auth/roles';
import type { Database, Executor } from '../../platform/db/database';
import { constraintViolation, sqlState } from '../../platform/db/errors';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import {
  clearDepartmentHead,
  findDepartmentById,
  findDepartmentPath,
  findDepartmentsHeadedBy,
} from './department.repository';
import type {
  ChangeStatusInput,
  CreateEmployeeInput,
  EmployeeDetailDto,
  EmployeeDto,
  EmployeeListQuery,
  OrgChartQuery,
  SkillLevelInput,
  UpdateEmployeeInput,
} from './dto';
import {
  countDirectReports,
  deleteEmployeeRow,
  type EmployeeChanges,
  type EmployeeRow,
  employeeEmailTaken,
  findAccountForLink,
  findDirectReports,
  findEmployeeById,
  findEmployeeByUserId,
  findEmployeeSkills,
  findEmployeeSummary,
  findEmployees,
  findManagementChain,
  findOrgChartRows,
  insertEmployee,
  lockReportingLines,
  reassignDirectReports,
  replaceEmployeeSkills,
  updateEmployee,
} from './employee.repository';
import {
  departmentUpdated,
  employeeCreated,
  employeeDeleted,
  employeeManagerChanged,
  employeeSkillsChanged,
  employeeStatusChanged,
  employeeUpdated,
  employeeUserLinked,
  employeeUserUnlinked,
} from './events';
import { buildOrgChart } from './org-chart.util';
import { findSkillsByIds } from './skill.repository';
import { changedFields, referenceNotFound } from './workforce.util';

type EmployeeStatus = EmployeeRow['status'];

/** Which status changes make sense; terminated → active is a rehire. */
const allowedTransitions: Record<EmployeeStatus, readonly EmployeeStatus[]> = {
  active: ['on_leave', 'terminated'],
  on_leave: ['active', 'terminated'],
  terminated: ['active'],
};

const editableFields = ['name', 'email', 'role', 'department', 'departmentId', 'hireDate', 'phone'] as const;

export const toEmployeeDto = (row: EmployeeRow): EmployeeDto => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  department: row.department,
  departmentId: row.departmentId,
  managerId: row.managerId,
  phone: row.phone,
  hireDate: row.hireDate,
  status: row.status,
  userId: row.userId,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const emailTaken = (email: string) =>
  new AppError('employee_email_taken', 409, `An employee with the email ${email} exists already`);

const managerCycle = () =>
  new AppError(
    'manager_cycle',
    409,
    'An employee cannot report to themselves or to someone who reports to them',
  );

const userAlreadyLinked = (userId: number) =>
  new AppError('user_already_linked', 409, `User ${userId} is the account of another employee`);

/**
 * Employees: records, reporting lines, skills and the sign-in account. Every write checks If-Match when
 * given, and writes its audit entry and domain event in its own transaction.
 */
export function createEmployeeService(deps: { db: Database }) {
  const { db } = deps;

  async function existing(id: number, executor: Executor = db, expectedVersion?: number) {
    const employee = await findEmployeeById(executor, id);
    if (!employee) throw notFound('employee', id);
    if (expectedVersion !== undefined && expectedVersion !== employee.version)
      throw versionConflict('employee');
    return employee;
  }

  // Sequential on purpose: inside a transaction every query shares one connection, which takes one at a time.
  async function detailOf(row: EmployeeRow, executor: Executor = db): Promise<EmployeeDetailDto> {
    const departmentPath =
      row.departmentId === null ? [] : await findDepartmentPath(executor, row.departmentId);
    const manager = row.managerId === null ? undefined : await findEmployeeSummary(executor, row.managerId);
    const skills = await findEmployeeSkills(executor, row.id);
    const directReports = await findDirectReports(executor, row.id);
    return { ...toEmployeeDto(row), departmentPath, manager: manager ?? null, skills, directReports };
  }

  async function departmentFor(executor: Executor, departmentId: number) {
    const department = await findDepartmentById(executor, departmentId);
    if (!department) throw referenceNotFound('departmentId', 'Department', departmentId);
    return department;
  }

  /** The manager must exist and still work here, and the line must not loop back to the employee. */
  async function assertManagerAllowed(executor: Executor, employeeId: number | undefined, managerId: number) {
    if (managerId === employeeId) throw managerCycle();
    const manager = await findEmployeeSummary(executor, managerId);
    if (!manager) throw referenceNotFound('managerId', 'Employee', managerId);
    if (manager.status === 'terminated') {
      throw new AppError('manager_terminated', 409, `${manager.name} has left and cannot be a manager`);
    }
    if (employeeId !== undefined && (await findManagementChain(executor, managerId)).includes(employeeId)) {
      throw managerCycle();
    }
  }

  /** Applies changes at the version the caller read (when it named one), or fails with 412. */
  async function writeEmployee(
    tx: Executor,
    step: { current: EmployeeRow; changes: EmployeeChanges; expectedVersion?: number },
  ): Promise<EmployeeRow> {
    const row = await updateEmployee(tx, step.current.id, step.changes, step.expectedVersion);
    if (!row) throw versionConflict('employee');
    return row;
  }

  return {
    async listEmployees(query: EmployeeListQuery) {
      const page = await findEmployees(db, query);
      return { items: page.items.map(toEmployeeDto), nextCursor: page.nextCursor };
    },

    getEmployee: async (id: number) => detailOf(await existing(id)),

    async createEmployee(actor: AuditActor, input: CreateEmployeeInput) {
      const email = input.email.toLowerCase();
      try {
        return await db.transaction(async (tx) => {
          if (await employeeEmailTaken(tx, email)) throw emailTaken(email);
          const department = await departmentFor(tx, input.departmentId);
          if (input.managerId != null) {
            await lockReportingLines(tx);
            await assertManagerAllowed(tx, undefined, input.managerId);
          }
          const row = await insertEmployee(tx, {
            name: input.name,
            email,
            role: input.role,
            department: department.name,
            departmentId: department.id,
            hireDate: input.hireDate,
            managerId: input.managerId ?? null,
            phone: input.phone ?? null,
            status: 'active',
          });
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'employee',
            resourceId: row.id,
            after: toEmployeeDto(row),
          });
          await recordEvent(tx, employeeCreated, {
            aggregateId: row.id,
            payload: {
              name: row.name,
              email: row.email,
              role: row.role,
              departmentId: department.id,
              managerId: row.managerId,
              hireDate: row.hireDate,
            },
            actor,
          });
          return detailOf(row, tx);
        });
      } catch (error) {
        const violation = constraintViolation(error);
        if (violation?.code === sqlState.uniqueViolation) throw emailTaken(email);
        if (violation?.code === sqlState.foreignKeyViolation) {
          throw new AppError('reference_not_found', 400, 'The department or manager was removed meanwhile');
        }
        throw error;
      }
    },

    /** Record fields only; status, manager, skills and the account have their own operations. */
    async updateEmployee(
      actor: AuditActor,
      id: number,
      input: UpdateEmployeeInput,
      expectedVersion?: number,
    ) {
      const email = input.email?.toLowerCase();
      try {
        return await db.transaction(async (tx) => {
          const current = await existing(id, tx, expectedVersion);
          const changes: EmployeeChanges = {};
          if (email !== undefined && email !== current.email) {
            if (await employeeEmailTaken(tx, email, id)) throw emailTaken(email);
            changes.email = email;
          }
          if (input.departmentId !== undefined && input.departmentId !== current.departmentId) {
            const department = await departmentFor(tx, input.departmentId);
            changes.departmentId = department.id;
            changes.department = department.name;
          }
          for (const field of ['name', 'role', 'hireDate', 'phone'] as const) {
            if (input[field] !== undefined && input[field] !== current[field]) {
              Object.assign(changes, { [field]: input[field] });
            }
          }
          if (Object.keys(changes).length === 0) return detailOf(current, tx);

          const row = await writeEmployee(tx, { current, changes, expectedVersion });
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'employee',
            resourceId: id,
            before: toEmployeeDto(current),
            after: toEmployeeDto(row),
          });
          await recordEvent(tx, employeeUpdated, {
            aggregateId: id,
            payload: { changes: changedFields(current, row, editableFields) },
            actor,
          });
          return detailOf(row, tx);
        });
      } catch (error) {
        if (email && constraintViolation(error)?.code === sqlState.uniqueViolation) throw emailTaken(email);
        throw error;
      }
    },

    /**
     * Leave, return, termination or rehire. Termination keeps the record (history is never lost), moves
     * the person's direct reports up to their own manager and clears the departments they headed.
     */
    changeStatus: (actor: AuditActor, id: number, input: ChangeStatusInput, expectedVersion?: number) =>
      db.transaction(async (tx) => {
        await lockReportingLines(tx);
        const current = await existing(id, tx, expectedVersion);
        if (!allowedTransitions[current.status].includes(input.status)) {
          throw new AppError(
            'invalid_status_transition',
            409,
            `An employee who is ${current.status.replace('_', ' ')} cannot become ${input.status.replace('_', ' ')}`,
            { from: current.status, to: input.status },
          );
        }
        const row = await writeEmployee(tx, { current, changes: { status: input.status }, expectedVersion });
        await recordAudit(tx, actor, {
          action: 'change_status',
          resource: 'employee',
          resourceId: id,
          before: { status: current.status },
          after: { status: row.status, reason: input.reason ?? null },
        });
        await recordEvent(tx, employeeStatusChanged, {
          aggregateId: id,
          payload: { from: current.status, to: row.status, reason: input.reason ?? null },
          actor,
        });
        if (row.status === 'terminated') await releaseResponsibilities(tx, actor, row);
        return detailOf(row, tx);
      }),

    async setManager(actor: AuditActor, id: number, managerId: number | null, expectedVersion?: number) {
      return db.transaction(async (tx) => {
        await lockReportingLines(tx);
        const current = await existing(id, tx, expectedVersion);
        if (managerId === current.managerId) return detailOf(current, tx);
        if (managerId !== null) await assertManagerAllowed(tx, id, managerId);
        const row = await writeEmployee(tx, { current, changes: { managerId }, expectedVersion });
        await recordAudit(tx, actor, {
          action: 'set_manager',
          resource: 'employee',
          resourceId: id,
          before: { managerId: current.managerId },
          after: { managerId },
        });
        await recordEvent(tx, employeeManagerChanged, {
          aggregateId: id,
          payload: { from: current.managerId, to: managerId, cause: 'assigned' },
          actor,
        });
        return detailOf(row, tx);
      });
    },

    /** Replaces the employee's skills with exactly the given ones. */
    setSkills: (actor: AuditActor, id: number, levels: SkillLevelInput[], expectedVersion?: number) =>
      db.transaction(async (tx) => {
        const current = await existing(id, tx, expectedVersion);
        const known = new Map(
          (
            await findSkillsByIds(
              tx,
              levels.map((entry) => entry.skillId),
            )
          ).map((s) => [s.id, s]),
        );
        levels.forEach((entry, index) => {
          if (!known.has(entry.skillId)) {
            throw referenceNotFound(`skills.${index}.skillId`, 'Skill', entry.skillId);
          }
        });
        const before = await findEmployeeSkills(tx, id);
        const after = levels
          .map((entry) => ({
            skillId: entry.skillId,
            name: known.get(entry.skillId)?.name ?? '',
            level: entry.level,
          }))
          .sort((a, b) => a.name.localeCompare(b.name) || a.skillId - b.skillId);
        const key = (list: typeof before) =>
          JSON.stringify([...list].sort((a, b) => a.skillId - b.skillId).map((s) => [s.skillId, s.level]));
        if (key(before) === key(after)) return detailOf(current, tx);

        // The skills are part of the employee's representation, so they move its version (and ETag) on.
        const row = await writeEmployee(tx, { current, changes: {}, expectedVersion });
        await replaceEmployeeSkills(tx, id, levels);
        await recordAudit(tx, actor, {
          action: 'set_skills',
          resource: 'employee',
          resourceId: id,
          before: { skills: before.map(({ name, level }) => ({ name, level })) },
          after: { skills: after.map(({ name, level }) => ({ name, level })) },
        });
        await recordEvent(tx, employeeSkillsChanged, { aggregateId: id, payload: { before, after }, actor });
        return detailOf(row, tx);
      }),

    /** Links the employee's sign-in account: an existing staff account that is nobody else's. */
    async linkUser(actor: AuditActor, id: number, userId: number, expectedVersion?: number) {
      try {
        return await db.transaction(async (tx) => {
          const current = await existing(id, tx, expectedVersion);
          if (current.userId === userId) return detailOf(current, tx);
          const account = await findAccountForLink(tx, userId);
          if (!account) throw referenceNotFound('userId', 'User', userId);
          if (!(staffRoles as readonly string[]).includes(account.role)) {
            throw new AppError(
              'user_not_staff',
              400,
              `User ${userId} is a customer account, not a staff one`,
              {
                errors: [{ parameter: 'body.userId', message: 'must be a staff account' }],
              },
            );
          }
          const holder = await findEmployeeByUserId(tx, userId);
          if (holder) throw userAlreadyLinked(userId);
          const row = await writeEmployee(tx, { current, changes: { userId }, expectedVersion });
          await recordAudit(tx, actor, {
            action: 'link_user',
            resource: 'employee',
            resourceId: id,
            before: { userId: current.userId },
            after: { userId },
          });
          await recordEvent(tx, employeeUserLinked, {
            aggregateId: id,
            payload: { userId, previousUserId: current.userId },
            actor,
          });
          return detailOf(row, tx);
        });
      } catch (error) {
        if (constraintViolation(error)?.code === sqlState.uniqueViolation) throw userAlreadyLinked(userId);
        throw error;
      }
    },

    /** Unlinks the account (the account itself stays; identity owns it). Unlinking twice is harmless. */
    unlinkUser: (actor: AuditActor, id: number, expectedVersion?: number) =>
      db.transaction(async (tx) => {
        const current = await existing(id, tx, expectedVersion);
        if (current.userId === null) return detailOf(current, tx);
        const row = await writeEmployee(tx, { current, changes: { userId: null }, expectedVersion });
        await recordAudit(tx, actor, {
          action: 'unlink_user',
          resource: 'employee',
          resourceId: id,
          before: { userId: current.userId },
          after: { userId: null },
        });
        await recordEvent(tx, employeeUserUnlinked, {
          aggregateId: id,
          payload: { userId: current.userId },
          actor,
        });
        return detailOf(row, tx);
      }),

    /**
     * Deletes a record entered by mistake: one nothing refers to (no reports, no department headed, no
     * account, nothing in other modules). Anyone who ever worked here is terminated instead.
     */
    async deleteEmployee(actor: AuditActor, id: number, expectedVersion?: number) {
      try {
        await db.transaction(async (tx) => {
          await lockReportingLines(tx);
          const current = await existing(id, tx, expectedVersion);
          const uses: string[] = [];
          if ((await countDirectReports(tx, id)) > 0) uses.push('direct_reports');
          if ((await findDepartmentsHeadedBy(tx, id)).length > 0) uses.push('department_head');
          if (current.userId !== null) uses.push('user_account');
          if (uses.length > 0) throw employeeInUse(uses);
          if (!(await deleteEmployeeRow(tx, id, expectedVersion))) throw versionConflict('employee');
          await recordAudit(tx, actor, {
            action: 'delete',
            resource: 'employee',
            resourceId: id,
            before: toEmployeeDto(current),
          });
          await recordEvent(tx, employeeDeleted, {
            aggregateId: id,
            payload: { name: current.name, email: current.email },
            actor,
          });
        });
      } catch (error) {
        // Tickets and other modules refer to employees by foreign key; the database refuses for them.
        if (constraintViolation(error)?.code === sqlState.foreignKeyViolation)
          throw employeeInUse(['other_records']);
        throw error;
      }
    },

    /** Reporting trees: everyone, one department (with its sub-departments), or below one employee. */
    async orgChart(query: OrgChartQuery) {
      if (query.rootEmployeeId !== undefined) await existing(query.rootEmployeeId);
      if (query.departmentId !== undefined && !(await findDepartmentById(db, query.departmentId))) {
        throw notFound('department', query.departmentId);
      }
      const rows = await findOrgChartRows(db, {
        rootEmployeeId: query.rootEmployeeId,
        departmentId: query.departmentId,
        includeTerminated: query.includeTerminated ?? false,
        depth: query.depth,
      });
      return buildOrgChart(rows, { rootId: query.rootEmployeeId, depth: query.depth });
    },
  };

  // Named steps of a termination: nobody keeps reporting to, or being headed by, someone who has left.
  async function releaseResponsibilities(tx: Executor, actor: AuditActor, leaver: EmployeeRow) {
    const moved = await reassignDirectReports(tx, leaver.id, leaver.managerId);
    for (const reportId of moved) {
      await recordAudit(tx, actor, {
        action: 'set_manager',
        resource: 'employee',
        resourceId: reportId,
        before: { managerId: leaver.id },
        after: { managerId: leaver.managerId },
      });
      await recordEvent(tx, employeeManagerChanged, {
        aggregateId: reportId,
        payload: { from: leaver.id, to: leaver.managerId, cause: 'manager_terminated' },
        actor,
      });
    }
    for (const departmentId of await clearDepartmentHead(tx, leaver.id)) {
      const change = { headEmployeeId: { before: leaver.id, after: null } };
      await recordAudit(tx, actor, {
        action: 'update',
        resource: 'department',
        resourceId: departmentId,
        before: { headEmployeeId: leaver.id },
        after: { headEmployeeId: null },
      });
      await recordEvent(tx, departmentUpdated, {
        aggregateId: departmentId,
        payload: { changes: change },
        actor,
      });
    }
  }
}

function employeeInUse(uses: string[]) {
  return new AppError(
    'employee_in_use',
    409,
    `The employee is referred to (${uses.join(', ')}); terminate them instead of deleting`,
    { uses },
  );
}
