import type { DepartmentTreeNode } from '../../employees/api/workforce-types';

/** A department as a tree select shows it (the shape of Mantine's TreeNodeData). */
export type DepartmentOption = { value: string; label: string; children: DepartmentOption[] };

/** The tree as select options; `exclude` leaves out one department with everything under it. */
export function departmentOptions(
  roots: readonly DepartmentTreeNode[],
  exclude?: number,
): DepartmentOption[] {
  return roots
    .filter((node) => node.id !== exclude)
    .map((node) => ({
      value: String(node.id),
      label: node.name,
      children: departmentOptions(node.children, exclude),
    }));
}

export function findDepartment(
  roots: readonly DepartmentTreeNode[],
  id: number,
): DepartmentTreeNode | undefined {
  for (const node of roots) {
    if (node.id === id) return node;
    const found = findDepartment(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** The departments from the root down to `id` (both included); empty when it is not in the tree. */
export function departmentAncestry(roots: readonly DepartmentTreeNode[], id: number): DepartmentTreeNode[] {
  for (const node of roots) {
    if (node.id === id) return [node];
    const below = departmentAncestry(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

/** People in a department and every department under it (the server counts each department alone). */
export function branchHeadcount(node: DepartmentTreeNode): number {
  return node.children.reduce((total, child) => total + branchHeadcount(child), node.employeeCount);
}

/** Every department in the tree, parents before their children. */
export function allDepartments(roots: readonly DepartmentTreeNode[]): DepartmentTreeNode[] {
  return roots.flatMap((node) => [node, ...allDepartments(node.children)]);
}
