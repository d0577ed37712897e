import { describe, expect, it } from 'vitest';
import { changedDepartmentFields, departmentNameProblem, toNewDepartment } from './department-form';

describe('department form', () => {
  it('requires a name of at most 100 characters', () => {
    expect(departmentNameProblem('  ')).toBe('required');
    expect(departmentNameProblem('x'.repeat(101))).toBe('tooLong');
    expect(departmentNameProblem(' Robotics ')).toBeNull();
  });

  it('creates a top-level department without head unless told otherwise', () => {
    expect(toNewDepartment({ name: ' Robotics ', parentId: null, headEmployeeId: null })).toEqual({
      name: 'Robotics',
    });
    expect(toNewDepartment({ name: 'Robotics', parentId: 2, headEmployeeId: 8 })).toEqual({
      name: 'Robotics',
      parentId: 2,
      headEmployeeId: 8,
    });
  });

  it('sends a move to the top level and a removed head as null, and nothing unchanged', () => {
    const initial = { name: 'Robotics', parentId: 2, headEmployeeId: 8 };
    expect(changedDepartmentFields(initial, { ...initial })).toEqual({});
    expect(
      changedDepartmentFields(initial, { name: 'Robotics', parentId: null, headEmployeeId: null }),
    ).toEqual({
      parentId: null,
      headEmployeeId: null,
    });
    expect(changedDepartmentFields(initial, { ...initial, name: 'Automation ' })).toEqual({
      name: 'Automation',
    });
  });
});
