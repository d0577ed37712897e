import { describe, expect, it } from 'vitest';
import type { EmployeeDetail } from '../api/workforce-types';
import {
  changedEmployeeFields,
  type EmployeeFormValues,
  employeeFieldProblem,
  employeeFormValues,
  isCalendarDate,
  localDay,
  toNewEmployee,
} from './employee-form';

const valid: EmployeeFormValues = {
  name: 'Mei Lin',
  email: 'mei.lin@example.com',
  role: 'Support Engineer',
  departmentId: 4,
  hireDate: '2024-02-29',
  phone: '',
};

describe('employeeFieldProblem', () => {
  it('accepts a complete record without a phone', () => {
    for (const field of Object.keys(valid) as (keyof EmployeeFormValues)[]) {
      expect(employeeFieldProblem(field, valid)).toBeNull();
    }
  });

  it('requires name, email, job title, department and hire date, but not a phone', () => {
    const empty = { name: '  ', email: '', role: '', departmentId: null, hireDate: '', phone: '' };
    expect(employeeFieldProblem('name', empty)).toBe('required');
    expect(employeeFieldProblem('email', empty)).toBe('required');
    expect(employeeFieldProblem('role', empty)).toBe('required');
    expect(employeeFieldProblem('departmentId', empty)).toBe('required');
    expect(employeeFieldProblem('hireDate', empty)).toBe('required');
    expect(employeeFieldProblem('phone', empty)).toBeNull();
  });

  it('holds to the server’s length limits', () => {
    expect(employeeFieldProblem('role', { ...valid, role: 'x'.repeat(100) })).toBeNull();
    expect(employeeFieldProblem('role', { ...valid, role: 'x'.repeat(101) })).toBe('tooLong');
    expect(employeeFieldProblem('phone', { ...valid, phone: '1'.repeat(51) })).toBe('tooLong');
  });

  it('refuses an address without a domain and a day that does not exist', () => {
    expect(employeeFieldProblem('email', { ...valid, email: 'mei@localhost' })).toBe('invalidEmail');
    expect(employeeFieldProblem('hireDate', { ...valid, hireDate: '2023-02-29' })).toBe('invalidDate');
  });
});

describe('isCalendarDate', () => {
  it('takes real days written YYYY-MM-DD only', () => {
    expect(isCalendarDate('2024-12-31')).toBe(true);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('31/12/2024')).toBe(false);
  });
});

describe('localDay', () => {
  it('writes the local calendar day', () => {
    expect(localDay(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('toNewEmployee', () => {
  it('trims the values and leaves out an empty phone and no manager', () => {
    expect(toNewEmployee({ ...valid, name: ' Mei Lin ', phone: ' ' }, null)).toEqual({
      name: 'Mei Lin',
      email: 'mei.lin@example.com',
      role: 'Support Engineer',
      departmentId: 4,
      hireDate: '2024-02-29',
    });
  });

  it('includes the phone and the manager when given', () => {
    expect(toNewEmployee({ ...valid, phone: '+86 10 1234' }, 9)).toMatchObject({
      phone: '+86 10 1234',
      managerId: 9,
    });
  });
});

describe('changedEmployeeFields', () => {
  const employee = {
    ...valid,
    phone: '+1 555 0100',
    department: 'Support',
  } as unknown as EmployeeDetail;
  const initial = employeeFormValues(employee);

  it('sends nothing when nothing changed, whitespace aside', () => {
    expect(changedEmployeeFields(initial, { ...initial, name: 'Mei Lin ' })).toEqual({});
  });

  it('sends only the fields that changed', () => {
    expect(changedEmployeeFields(initial, { ...initial, role: 'Team Lead', departmentId: 7 })).toEqual({
      role: 'Team Lead',
      departmentId: 7,
    });
  });

  it('clears the phone with null', () => {
    expect(changedEmployeeFields(initial, { ...initial, phone: '' })).toEqual({ phone: null });
  });
});
