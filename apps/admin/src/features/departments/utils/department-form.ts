import type { DepartmentChanges, DepartmentDetail, NewDepartment } from '../../employees/api/workforce-types';

export type DepartmentFormValues = {
  name: string;
  parentId: number | null;
  headEmployeeId: number | null;
};

export const maxDepartmentName = 100;

export function departmentFormValues(department: DepartmentDetail): DepartmentFormValues {
  return { name: department.name, parentId: department.parentId, headEmployeeId: department.headEmployeeId };
}

/** Why a name is refused ('required', 'tooLong'), or null; the limits are the server's. */
export function departmentNameProblem(name: string): 'required' | 'tooLong' | null {
  const text = name.trim();
  if (text === '') return 'required';
  return text.length > maxDepartmentName ? 'tooLong' : null;
}

export function toNewDepartment(values: DepartmentFormValues): NewDepartment {
  return {
    name: values.name.trim(),
    ...(values.parentId !== null ? { parentId: values.parentId } : {}),
    ...(values.headEmployeeId !== null ? { headEmployeeId: values.headEmployeeId } : {}),
  };
}

/** Only what changed: a rename, a move (null: to the top level) or a new head (null: none). */
export function changedDepartmentFields(
  initial: DepartmentFormValues,
  values: DepartmentFormValues,
): DepartmentChanges {
  const changes: DepartmentChanges = {};
  if (values.name.trim() !== initial.name.trim()) changes.name = values.name.trim();
  if (values.parentId !== initial.parentId) changes.parentId = values.parentId;
  if (values.headEmployeeId !== initial.headEmployeeId) changes.headEmployeeId = values.headEmployeeId;
  return changes;
}
