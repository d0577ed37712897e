import type { OrgChartNode } from './dto';

export type OrgChartInput = Omit<OrgChartNode, 'reports'>;

/**
 * Builds reporting trees from a flat list of employees. Roots are the given root, or everyone whose
 * manager is not in the list (no manager, or one outside the department or left out); reports are
 * ordered by name. `depth` limits the levels below the roots. An employee is placed once even if the
 * data held a reporting cycle, so a bad row can never make the chart endless.
 */
export function buildOrgChart(
  rows: OrgChartInput[],
  options: { rootId?: number; depth?: number } = {},
): { roots: OrgChartNode[]; total: number } {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const reportsOf = new Map<number, OrgChartInput[]>();
  for (const row of rows) {
    if (row.managerId === null || !byId.has(row.managerId) || row.id === options.rootId) continue;
    const siblings = reportsOf.get(row.managerId) ?? [];
    siblings.push(row);
    reportsOf.set(row.managerId, siblings);
  }
  const byName = (a: OrgChartInput, b: OrgChartInput) => a.name.localeCompare(b.name) || a.id - b.id;

  let rootRows: OrgChartInput[];
  if (options.rootId !== undefined) {
    const root = byId.get(options.rootId);
    rootRows = root ? [root] : [];
  } else {
    rootRows = rows.filter((row) => row.managerId === null || !byId.has(row.managerId));
    // Rows that only reach each other (a cycle with no way up) would otherwise vanish: start one at each.
    const reachable = collectReachable(rootRows, reportsOf);
    for (const row of [...rows].sort(byName)) {
      if (reachable.has(row.id)) continue;
      rootRows.push(row);
      for (const id of collectReachable([row], reportsOf)) reachable.add(id);
    }
  }

  const placed = new Set<number>();
  const maxDepth = options.depth ?? Number.POSITIVE_INFINITY;
  const build = (row: OrgChartInput, level: number): OrgChartNode => {
    placed.add(row.id);
    const reports =
      level < maxDepth
        ? (reportsOf.get(row.id) ?? [])
            .filter((report) => !placed.has(report.id))
            .sort(byName)
            .map((report) => build(report, level + 1))
        : [];
    return { ...row, reports };
  };
  const roots = rootRows.sort(byName).flatMap((row) => (placed.has(row.id) ? [] : [build(row, 0)]));
  return { roots, total: placed.size };
}

function collectReachable(starts: OrgChartInput[], reportsOf: Map<number, OrgChartInput[]>): Set<number> {
  const seen = new Set<number>();
  const stack = starts.map((row) => row.id);
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const report of reportsOf.get(id) ?? []) stack.push(report.id);
  }
  return seen;
}
