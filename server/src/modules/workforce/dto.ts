import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/pagination';
import { employeeStatuses } from './schema';

export const employeeSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    email: z.string(),
    role: z.string().describe('Job title'),
    department: z.string(),
    hireDate: z.iso.date(),
    status: z.enum(employeeStatuses),
    userId: z.number().int().nullable().describe('The sign-in account of this employee, if any'),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Employee' });

export type EmployeeDto = z.infer<typeof employeeSchema>;

export const employeeListQuerySchema = listQuerySchema(['name', 'hireDate', 'id'], 'name');
export type EmployeeListQuery = z.infer<typeof employeeListQuerySchema>;
