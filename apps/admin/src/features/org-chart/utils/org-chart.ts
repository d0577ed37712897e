import type { OrgChartNode, OrgChartQuery } from '../../employees/api/workforce-types';

/** Everyone in the chart, managers before their reports. */
export function chartPeople(roots: readonly OrgChartNode[]): OrgChartNode[] {
  return roots.flatMap((node) => [node, ...chartPeople(node.reports)]);
}

/** The people with reports whose reports show at first: the top `levels` levels of each tree. */
export function openToLevel(roots: readonly OrgChartNode[], levels: number): Set<number> {
  const open = new Set<number>();
  const walk = (nodes: readonly OrgChartNode[], level: number) => {
    if (level >= levels) return;
    for (const node of nodes) {
      if (node.reports.length === 0) continue;
      open.add(node.id);
      walk(node.reports, level + 1);
    }
  };
  walk(roots, 0);
  return open;
}

/** Everyone who has reports, to open the whole chart. */
export function managersIn(roots: readonly OrgChartNode[]): Set<number> {
  return new Set(chartPeople(roots).flatMap((node) => (node.reports.length > 0 ? [node.id] : [])));
}

/** Where the chart is rooted, as the page's URL says it. */
export type OrgChartRoot =
  | { kind: 'everyone' }
  | { kind: 'department'; id: number }
  | { kind: 'person'; id: number };

const positiveId = (value: string | null) =>
  value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;

/** Reads the chart's root from the URL; a person wins over a department (the API takes one of them). */
export function readOrgChartRoot(search: URLSearchParams): OrgChartRoot {
  const person = positiveId(search.get('rootEmployeeId'));
  if (person !== null) return { kind: 'person', id: person };
  const department = positiveId(search.get('departmentId'));
  if (department !== null) return { kind: 'department', id: department };
  return { kind: 'everyone' };
}

export function orgChartQuery(root: OrgChartRoot, includeTerminated: boolean): OrgChartQuery {
  return {
    ...(root.kind === 'person' ? { rootEmployeeId: root.id } : {}),
    ...(root.kind === 'department' ? { departmentId: root.id } : {}),
    ...(includeTerminated ? { includeTerminated: 'true' as const } : {}),
  };
}
