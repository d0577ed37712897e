import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '../api/category-types';
import { categoryPath, findCategory, flattenCategories, subtreeIds, toTreeData } from './category-tree';

const node = (id: number, name: string, children: CategoryNode[] = []): CategoryNode => ({
  id,
  name,
  slug: name.toLowerCase(),
  description: null,
  parentId: null,
  productCount: 0,
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  children,
});

const tree = [
  node(1, 'Audio', [node(2, 'Headsets', [node(3, 'Wireless')]), node(4, 'Speakers')]),
  node(5, 'Cables'),
];

describe('category tree', () => {
  it('flattens parents before children with their depth', () => {
    expect(flattenCategories(tree).map(({ node: { id }, depth }) => [id, depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 0],
    ]);
  });

  it('finds the path from the root to a category', () => {
    expect(categoryPath(tree, 3).map((entry) => entry.name)).toEqual(['Audio', 'Headsets', 'Wireless']);
    expect(categoryPath(tree, 99)).toEqual([]);
    expect(findCategory(tree, 4)?.name).toBe('Speakers');
  });

  it('collects a category and everything below it', () => {
    const audio = findCategory(tree, 1) as CategoryNode;
    expect([...subtreeIds(audio)].sort()).toEqual([1, 2, 3, 4]);
  });

  it('builds tree-select data, disabling the categories asked for', () => {
    const data = toTreeData(tree, new Set([2, 3]));
    expect(data[0]?.children?.[0]).toMatchObject({
      value: '2',
      label: 'Headsets',
      nodeProps: { disabled: true },
    });
    expect(data[0]?.children?.[1]).toEqual({ value: '4', label: 'Speakers' });
    expect(data[1]).toEqual({ value: '5', label: 'Cables' });
  });
});
