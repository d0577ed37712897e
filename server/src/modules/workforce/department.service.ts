import type { Database, Executor } from '../../platform/db/database';
import { constraintViolation, sqlState } from '../../platform/db/errors';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { recordAudit } from '../identity';
import {
  countChildDepartments,
  countDepartmentEmployees,
  type DepartmentChanges,
  type DepartmentWithCount,
  deleteDepartmentRow,
  departmentNameTaken,
  findAllDepartments,
  findChildDepartments,
  findDepartmentById,
  findDepartmentPath,
  findDepartments,
  insertDepartment,
  lockDepartmentTree,
  updateDepartment,
} from './department.repository';
import type {
  CreateDepartmentInput,
  DepartmentDto,
  DepartmentListQuery,
  DepartmentTreeNode,
  UpdateDepartmentInput,
} from './dto';
import { findEmployeeSummary, renameDepartmentOnEmployees } from './employee.repository';
import { departmentCreated, departmentDeleted, departmentUpdated } from './events';
import { changedFields, referenceNotFound } from './workforce.util';

const nameTaken = (name: string) =>
  new AppError('department_name_taken', 409, `A department named ${name} exists already`);

const departmentCycle = () =>
  new AppError(
    'department_cycle',
    409,
    'A department cannot sit under itself or under one of its own sub-departments',
  );

const toDepartmentDto = (row: DepartmentWithCount): DepartmentDto => ({
  id: row.id,
  name: row.name,
  parentId: row.parentId,
  headEmployeeId: row.headEmployeeId,
  employeeCount: row.employeeCount,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Departments form a tree (parent), each with an optional head; employees belong to one. */
export function createDepartmentService(deps: { db: Database }) {
  const { db } = deps;

  async function existing(id: number, executor: Executor = db) {
    const department = await findDepartmentById(executor, id);
    if (!department) throw notFound('department', id);
    return department;
  }

  async function detail(id: number, executor: Executor = db) {
    const department = await existing(id, executor);
    // Sequential on purpose: inside a transaction every query shares one connection.
    const path = await findDepartmentPath(executor, id);
    const children = await findChildDepartments(executor, id);
    const head =
      department.headEmployeeId === null
        ? undefined
        : await findEmployeeSummary(executor, department.headEmployeeId);
    return { ...toDepartmentDto(department), path: path.slice(0, -1), children, head: head ?? null };
  }

  async function assertParentAllowed(executor: Executor, id: number | undefined, parentId: number) {
    if (parentId === id) throw departmentCycle();
    const path = await findDepartmentPath(executor, parentId);
    if (path.length === 0) throw referenceNotFound('parentId', 'Department', parentId);
    if (id !== undefined && path.some((ancestor) => ancestor.id === id)) throw departmentCycle();
  }

  async function assertHeadAllowed(executor: Executor, employeeId: number) {
    const head = await findEmployeeSummary(executor, employeeId);
    if (!head) throw referenceNotFound('headEmployeeId', 'Employee', employeeId);
    if (head.status === 'terminated') {
      throw new AppError('employee_terminated', 409, `${head.name} has left and cannot head a department`);
    }
  }

  // A unique or foreign-key failure here means a concurrent write got in first; say what it means.
  function translateViolation(error: unknown, meaning: { name?: string; foreignKey: () => AppError }): never {
    const violation = constraintViolation(error);
    if (violation?.code === sqlState.uniqueViolation && meaning.name) throw nameTaken(meaning.name);
    if (violation?.code === sqlState.foreignKeyViolation) throw meaning.foreignKey();
    throw error;
  }

  const parentGone = (parentId: number | null | undefined) => () =>
    referenceNotFound('parentId', 'Department', parentId ?? 0);

  return {
    async listDepartments(query: DepartmentListQuery) {
      const page = await findDepartments(db, query);
      return { items: page.items.map(toDepartmentDto), nextCursor: page.nextCursor };
    },

    /** Every department as a tree, roots and children by name. */
    async departmentTree(): Promise<DepartmentTreeNode[]> {
      const rows = await findAllDepartments(db);
      const ids = new Set(rows.map((row) => row.id));
      const childrenOf = new Map<number | null, DepartmentWithCount[]>();
      for (const row of rows) {
        const parent = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
        childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), row]);
      }
      const placed = new Set<number>();
      const build = (row: DepartmentWithCount): DepartmentTreeNode => {
        placed.add(row.id);
        return {
          id: row.id,
          name: row.name,
          headEmployeeId: row.headEmployeeId,
          employeeCount: row.employeeCount,
          children: (childrenOf.get(row.id) ?? []).filter((child) => !placed.has(child.id)).map(build),
        };
      };
      return (childrenOf.get(null) ?? []).map(build);
    },

    getDepartment: (id: number) => detail(id),

    async createDepartment(actor: AuditActor, input: CreateDepartmentInput) {
      try {
        return await db.transaction(async (tx) => {
          if (await departmentNameTaken(tx, input.name)) throw nameTaken(input.name);
          if (input.parentId != null) await assertParentAllowed(tx, undefined, input.parentId);
          if (input.headEmployeeId != null) await assertHeadAllowed(tx, input.headEmployeeId);
          const row = await insertDepartment(tx, {
            name: input.name,
            parentId: input.parentId ?? null,
            headEmployeeId: input.headEmployeeId ?? null,
          });
          const created = await detail(row.id, tx);
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'department',
            resourceId: row.id,
            after: toDepartmentDto(created),
          });
          await recordEvent(tx, departmentCreated, {
            aggregateId: row.id,
            payload: { name: row.name, parentId: row.parentId, headEmployeeId: row.headEmployeeId },
            actor,
          });
          return created;
        });
      } catch (error) {
        translateViolation(error, { name: input.name, foreignKey: parentGone(input.parentId) });
      }
    },

    async updateDepartment(
      actor: AuditActor,
      id: number,
      input: UpdateDepartmentInput,
      expectedVersion?: number,
    ) {
      try {
        return await db.transaction(async (tx) => {
          const current = await existing(id, tx);
          if (expectedVersion !== undefined && expectedVersion !== current.version)
            throw versionConflict('department');
          const changes: DepartmentChanges = {};
          if (input.name !== undefined && input.name !== current.name) {
            if (await departmentNameTaken(tx, input.name, id)) throw nameTaken(input.name);
            changes.name = input.name;
          }
          if (input.parentId !== undefined && input.parentId !== current.parentId) {
            await lockDepartmentTree(tx);
            if (input.parentId !== null) await assertParentAllowed(tx, id, input.parentId);
            changes.parentId = input.parentId;
          }
          if (input.headEmployeeId !== undefined && input.headEmployeeId !== current.headEmployeeId) {
            if (input.headEmployeeId !== null) await assertHeadAllowed(tx, input.headEmployeeId);
            changes.headEmployeeId = input.headEmployeeId;
          }
          if (Object.keys(changes).length === 0) return detail(id, tx);

          const row = await updateDepartment(tx, id, changes, expectedVersion);
          if (!row) throw versionConflict('department');
          if (changes.name !== undefined) await renameDepartmentOnEmployees(tx, id, changes.name);
          const updated = await detail(id, tx);
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'department',
            resourceId: id,
            before: toDepartmentDto(current),
            after: toDepartmentDto(updated),
          });
          await recordEvent(tx, departmentUpdated, {
            aggregateId: id,
            payload: { changes: changedFields(current, row, ['name', 'parentId', 'headEmployeeId']) },
            actor,
          });
          return updated;
        });
      } catch (error) {
        translateViolation(error, { name: input.name, foreignKey: parentGone(input.parentId) });
      }
    },

    /** Only an empty department goes: no employees (past or present) and no sub-departments. */
    async deleteDepartment(actor: AuditActor, id: number, expectedVersion?: number) {
      try {
        await db.transaction(async (tx) => {
          await lockDepartmentTree(tx);
          const current = await existing(id, tx);
          if (expectedVersion !== undefined && expectedVersion !== current.version)
            throw versionConflict('department');
          const members = await countDepartmentEmployees(tx, id);
          if (members > 0) {
            throw new AppError(
              'department_has_employees',
              409,
              `The department has ${members} employee(s), including former ones; move them first`,
            );
          }
          if ((await countChildDepartments(tx, id)) > 0) {
            throw new AppError(
              'department_has_children',
              409,
              'The department has sub-departments; move or delete them first',
            );
          }
          if (!(await deleteDepartmentRow(tx, id, expectedVersion))) throw versionConflict('department');
          await recordAudit(tx, actor, {
            action: 'delete',
            resource: 'department',
            resourceId: id,
            before: toDepartmentDto(current),
          });
          await recordEvent(tx, departmentDeleted, {
            aggregateId: id,
            payload: { name: current.name },
            actor,
          });
        });
      } catch (error) {
        translateViolation(error, {
          foreignKey: () =>
            new AppError('department_has_children', 409, 'The department has sub-departments'),
        });
      }
    },
  };
}
