import { describe, expect, it } from 'vitest';
import type { DepartmentTreeNode } from '../../employees/api/workforce-types';
import {
  allDepartments,
  branchHeadcount,
  departmentAncestry,
  departmentOptions,
  findDepartment,
} from './department-tree';

const node = (id: number, name: string, employeeCount: number, children: DepartmentTreeNode[] = []) => ({
  id,
  name,
  headEmployeeId: null,
  employeeCount,
  children,
});

const roots: DepartmentTreeNode[] = [
  node(1, 'Engineering', 3, [node(2, 'Platform', 4, [node(3, 'Databases', 2)]), node(4, 'QA', 1)]),
  node(5, 'Sales', 6),
];

describe('department tree', () => {
  it('turns the tree into select options', () => {
    expect(departmentOptions([node(5, 'Sales', 6, [node(6, 'Inside sales', 2)])])).toEqual([
      { value: '5', label: 'Sales', children: [{ value: '6', label: 'Inside sales', children: [] }] },
    ]);
  });

  it('leaves out a department with its whole branch, so nothing can move under itself', () => {
    const ids = (options: ReturnType<typeof departmentOptions>): string[] =>
      options.flatMap((option) => [option.value, ...ids(option.children)]);
    expect(ids(departmentOptions(roots, 2))).toEqual(['1', '4', '5']);
  });

  it('counts a branch’s people, its own included', () => {
    expect(branchHeadcount(roots[0] as DepartmentTreeNode)).toBe(10);
    expect(branchHeadcount(roots[1] as DepartmentTreeNode)).toBe(6);
  });

  it('finds a department and the way down to it', () => {
    expect(findDepartment(roots, 3)?.name).toBe('Databases');
    expect(findDepartment(roots, 99)).toBeUndefined();
    expect(departmentAncestry(roots, 3).map((entry) => entry.name)).toEqual([
      'Engineering',
      'Platform',
      'Databases',
    ]);
    expect(departmentAncestry(roots, 99)).toEqual([]);
  });

  it('lists every department, parents first', () => {
    expect(allDepartments(roots).map((entry) => entry.id)).toEqual([1, 2, 3, 4, 5]);
  });
});
