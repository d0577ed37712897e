import type { TreeNodeData } from '@mantine/core';
import type { CategoryNode } from '../api/category-types';

/** Walks the tree depth first, parents before their children, in the server's (name) order. */
export function flattenCategories(
  nodes: readonly CategoryNode[],
  depth = 0,
): { node: CategoryNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenCategories(node.children, depth + 1)]);
}

/** The path from a root down to the category (itself last); empty when it is not in the tree. */
export function categoryPath(nodes: readonly CategoryNode[], id: number): CategoryNode[] {
  for (const node of nodes) {
    if (node.id === id) return [node];
    const below = categoryPath(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

export function findCategory(nodes: readonly CategoryNode[], id: number): CategoryNode | undefined {
  return categoryPath(nodes, id).at(-1);
}

/** The category and every category below it. */
export function subtreeIds(node: CategoryNode): Set<number> {
  return new Set(flattenCategories([node]).map((entry) => entry.node.id));
}

/** The tree as a tree select shows it; `disabled` categories are shown but cannot be picked. */
export function toTreeData(
  nodes: readonly CategoryNode[],
  disabled: ReadonlySet<number> = new Set(),
): TreeNodeData[] {
  return nodes.map((node) => ({
    value: String(node.id),
    label: node.name,
    ...(disabled.has(node.id) ? { nodeProps: { disabled: true } } : {}),
    ...(node.children.length > 0 ? { children: toTreeData(node.children, disabled) } : {}),
  }));
}
