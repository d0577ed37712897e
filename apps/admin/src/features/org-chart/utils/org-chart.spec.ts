import { describe, expect, it } from 'vitest';
import type { OrgChartNode } from '../../employees/api/workforce-types';
import { chartPeople, managersIn, openToLevel, orgChartQuery, readOrgChartRoot } from './org-chart';

const person = (id: number, reports: OrgChartNode[] = []): OrgChartNode => ({
  id,
  name: `Person ${id}`,
  role: 'Role',
  status: 'active',
  departmentId: 1,
  department: 'Ops',
  managerId: null,
  reports,
});

// 1 → 2 → 3 → 4, 1 → 5; 6 alone.
const roots = [person(1, [person(2, [person(3, [person(4)])]), person(5)]), person(6)];

describe('org chart', () => {
  it('lists everyone, managers before their reports', () => {
    expect(chartPeople(roots).map((node) => node.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('opens the first levels only, and only people who have reports', () => {
    expect([...openToLevel(roots, 1)]).toEqual([1]);
    expect([...openToLevel(roots, 2)]).toEqual([1, 2]);
    expect([...managersIn(roots)]).toEqual([1, 2, 3]);
  });

  it('reads the root from the URL, a person before a department', () => {
    expect(readOrgChartRoot(new URLSearchParams('departmentId=4'))).toEqual({ kind: 'department', id: 4 });
    expect(readOrgChartRoot(new URLSearchParams('departmentId=4&rootEmployeeId=9'))).toEqual({
      kind: 'person',
      id: 9,
    });
    expect(readOrgChartRoot(new URLSearchParams('rootEmployeeId=0&departmentId=x'))).toEqual({
      kind: 'everyone',
    });
  });

  it('asks the API for one root at most', () => {
    expect(orgChartQuery({ kind: 'everyone' }, false)).toEqual({});
    expect(orgChartQuery({ kind: 'person', id: 9 }, true)).toEqual({
      rootEmployeeId: 9,
      includeTerminated: 'true',
    });
    expect(orgChartQuery({ kind: 'department', id: 4 }, false)).toEqual({ departmentId: 4 });
  });
});
