import type { EmployeeChanges, EmployeeDetail, NewEmployee } from '../api/workforce-types';

/** What the employee forms edit, as text fields hold it (an empty string is "not given"). */
export type EmployeeFormValues = {
  name: string;
  email: string;
  role: string;
  departmentId: number | null;
  hireDate: string;
  phone: string;
};

export type EmployeeFormField = keyof EmployeeFormValues;

/** Why a value is refused, named so the form can word it; the limits are the server's. */
export type EmployeeFieldProblem = 'required' | 'tooLong' | 'invalidEmail' | 'invalidDate';

const maxLength: Partial<Record<EmployeeFormField, number>> = { name: 255, email: 255, role: 100, phone: 50 };

/** The local calendar day of `date`, YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function emptyEmployeeForm(today: string): EmployeeFormValues {
  return { name: '', email: '', role: '', departmentId: null, hireDate: today, phone: '' };
}

export function employeeFormValues(employee: EmployeeDetail): EmployeeFormValues {
  return {
    name: employee.name,
    email: employee.email,
    role: employee.role,
    departmentId: employee.departmentId,
    hireDate: employee.hireDate,
    phone: employee.phone ?? '',
  };
}

/** A real calendar day written YYYY-MM-DD (what `<input type="date">` gives and the API takes). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Checks one field as the server would, so most mistakes are caught before the round trip. */
export function employeeFieldProblem(
  field: EmployeeFormField,
  values: EmployeeFormValues,
): EmployeeFieldProblem | null {
  if (field === 'departmentId') return values.departmentId === null ? 'required' : null;
  const text = values[field].trim();
  if (field !== 'phone' && text === '') return 'required';
  const limit = maxLength[field];
  if (limit !== undefined && text.length > limit) return 'tooLong';
  if (field === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return 'invalidEmail';
  if (field === 'hireDate' && !isCalendarDate(text)) return 'invalidDate';
  return null;
}

/** The body of POST /api/employees; call only with values that passed employeeFieldProblem. */
export function toNewEmployee(values: EmployeeFormValues, managerId: number | null): NewEmployee {
  const phone = values.phone.trim();
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    role: values.role.trim(),
    departmentId: values.departmentId as number,
    hireDate: values.hireDate.trim(),
    ...(phone ? { phone } : {}),
    ...(managerId !== null ? { managerId } : {}),
  };
}

/** Only the fields that changed, so a PATCH does not rewrite what someone else may have changed. */
export function changedEmployeeFields(
  initial: EmployeeFormValues,
  values: EmployeeFormValues,
): EmployeeChanges {
  const changes: EmployeeChanges = {};
  for (const field of ['name', 'email', 'role', 'hireDate'] as const) {
    const value = values[field].trim();
    if (value !== initial[field].trim()) changes[field] = value;
  }
  if (values.departmentId !== null && values.departmentId !== initial.departmentId) {
    changes.departmentId = values.departmentId;
  }
  const phone = values.phone.trim();
  if (phone !== initial.phone.trim()) changes.phone = phone === '' ? null : phone;
  return changes;
}
