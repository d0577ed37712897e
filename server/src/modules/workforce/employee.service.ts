import type { Database } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import type { EmployeeListQuery } from './dto';
import { findEmployeeById, findEmployees } from './employee.repository';

export function createEmployeeService(deps: { db: Database }) {
  const { db } = deps;
  return {
    listEmployees: (query: EmployeeListQuery) => findEmployees(db, query),

    async getEmployee(id: number) {
      const employee = await findEmployeeById(db, id);
      if (!employee) throw notFound('employee', id);
      return employee;
    },
  };
}
