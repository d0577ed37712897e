import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import {
  type EmployeeFieldProblem,
  type EmployeeFormField,
  type EmployeeFormValues,
  employeeFieldProblem,
} from '../utils/employee-form';

const problemText: Record<EmployeeFieldProblem, MessageKey> = {
  required: 'employees.form.required',
  tooLong: 'employees.form.tooLong',
  invalidEmail: 'employees.form.invalidEmail',
  invalidDate: 'employees.form.invalidDate',
};

const fields: EmployeeFormField[] = ['name', 'email', 'role', 'departmentId', 'hireDate', 'phone'];

/** The employee forms' validation rules (see employeeFieldProblem), worded for @mantine/form. */
export function useEmployeeFormValidation() {
  const { t } = useI18n();
  return Object.fromEntries(
    fields.map((field) => [
      field,
      (_: unknown, values: EmployeeFormValues) => {
        const problem = employeeFieldProblem(field, values);
        return problem ? t(problemText[problem]) : null;
      },
    ]),
  ) as Record<EmployeeFormField, (value: unknown, values: EmployeeFormValues) => string | null>;
}
