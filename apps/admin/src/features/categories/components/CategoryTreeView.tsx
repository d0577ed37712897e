import { ActionIcon, Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowMoveRight, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { CategoryNode } from '../api/category-types';
import type { CategoryEdit } from './CategoryFormModal';

export type CategoryTreeViewProps = {
  nodes: CategoryNode[];
  /** Without these the tree is read-only. */
  onEdit?: (edit: CategoryEdit) => void;
  onDelete?: (category: CategoryNode) => void;
};

/** The category tree as nested lists, each category with its products link and, for managers, its actions. */
export function CategoryTreeView({ nodes, onEdit, onDelete }: CategoryTreeViewProps) {
  const { t } = useI18n();
  return (
    <Box component="ul" aria-label={t('categories.title')} m={0} p={0} style={{ listStyle: 'none' }}>
      {nodes.map((node) => (
        <CategoryItem key={node.id} node={node} depth={0} onEdit={onEdit} onDelete={onDelete} />
      ))}
    </Box>
  );
}

type CategoryItemProps = Omit<CategoryTreeViewProps, 'nodes'> & { node: CategoryNode; depth: number };

function CategoryItem({ node, depth, onEdit, onDelete }: CategoryItemProps) {
  const { t } = useI18n();
  const action = (label: string, icon: ReactNode, onClick: () => void, color?: string) => (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <li aria-label={node.name}>
      <Group
        justify="space-between"
        wrap="nowrap"
        py={6}
        pl={`calc(${depth} * 24px + 8px)`}
        pr={8}
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      >
        <Group gap="sm" wrap="nowrap">
          <Text fw={depth === 0 ? 600 : 500} size="sm">
            {node.name}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {node.slug}
          </Text>
          <Badge
            variant="light"
            color="gray"
            component={Link}
            to={`/products?categoryId=${node.id}`}
            style={{ textTransform: 'none', cursor: 'pointer' }}
            aria-label={t('categories.productsIn', { name: node.name, count: node.productCount })}
          >
            {node.productCount === 1
              ? t('categories.productCountOne')
              : t('categories.productCount', { count: node.productCount })}
          </Badge>
        </Group>
        {(onEdit || onDelete) && (
          <Group gap={2} wrap="nowrap">
            {onEdit &&
              action(
                t('categories.action.addChild', { name: node.name }),
                <IconPlus size={16} aria-hidden />,
                () => onEdit({ mode: 'create', parentId: node.id }),
              )}
            {onEdit &&
              action(
                t('categories.action.rename', { name: node.name }),
                <IconPencil size={16} aria-hidden />,
                () => onEdit({ mode: 'rename', category: node }),
              )}
            {onEdit &&
              action(
                t('categories.action.move', { name: node.name }),
                <IconArrowMoveRight size={16} aria-hidden />,
                () => onEdit({ mode: 'move', category: node }),
              )}
            {onDelete &&
              action(
                t('categories.action.delete', { name: node.name }),
                <IconTrash size={16} aria-hidden />,
                () => onDelete(node),
                'red',
              )}
          </Group>
        )}
      </Group>
      {node.children.length > 0 && (
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {node.children.map((child) => (
            <CategoryItem key={child.id} node={child} depth={depth + 1} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </Box>
      )}
    </li>
  );
}
