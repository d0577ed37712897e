import { describe, expect, it } from 'vitest';
import type { OrgChartNode } from './dto';
import { buildOrgChart, type OrgChartInput } from './org-chart.util';

const person = (id: number, name: string, managerId: number | null): OrgChartInput => ({
  id,
  name,
  managerId,
  role: 'Engineer',
  status: 'active',
  departmentId: 1,
  department: 'Engineering',
});

// Names only, nested as the chart is, to compare shapes at a glance.
type Shape = { [name: string]: Shape };
const shape = (nodes: OrgChartNode[]): Shape =>
  Object.fromEntries(nodes.map((node) => [node.name, shape(node.reports)]));

const company = [
  person(1, 'Grace', null),
  person(2, 'Alan', 1),
  person(3, 'Barbara', 1),
  person(4, 'Edsger', 2),
  person(5, 'Donald', 2),
  person(6, 'Ken', null),
];

describe('buildOrgChart', () => {
  it('nests reports under their managers, everyone without a manager at the top, by name', () => {
    const chart = buildOrgChart(company);
    expect(shape(chart.roots)).toEqual({
      Grace: { Alan: { Donald: {}, Edsger: {} }, Barbara: {} },
      Ken: {},
    });
    expect(chart.roots.map((root) => root.name)).toEqual(['Grace', 'Ken']);
    expect(chart.roots[0]?.reports[0]?.reports.map((node) => node.name)).toEqual(['Donald', 'Edsger']);
    expect(chart.total).toBe(6);
  });

  it('starts at the given root and stops at the given depth', () => {
    expect(shape(buildOrgChart(company, { rootId: 2 }).roots)).toEqual({ Alan: { Donald: {}, Edsger: {} } });
    const shallow = buildOrgChart(company, { depth: 1 });
    expect(shape(shallow.roots)).toEqual({ Grace: { Alan: {}, Barbara: {} }, Ken: {} });
    expect(shallow.total).toBe(4);
  });

  it('makes a root of anyone whose manager is not in the chart', () => {
    const department = company.filter((row) => row.id !== 1);
    expect(shape(buildOrgChart(department).roots)).toEqual({
      Alan: { Donald: {}, Edsger: {} },
      Barbara: {},
      Ken: {},
    });
  });

  it('places each employee once even when old data holds a reporting cycle', () => {
    const looped = [person(1, 'Ann', 2), person(2, 'Bob', 1), person(3, 'Cy', 2)];
    const chart = buildOrgChart(looped);
    expect(chart.total).toBe(3);
    expect(shape(chart.roots)).toEqual({ Ann: { Bob: { Cy: {} } } });
  });

  it('gives an empty chart for an unknown root', () => {
    expect(buildOrgChart(company, { rootId: 99 })).toEqual({ roots: [], total: 0 });
  });
});
