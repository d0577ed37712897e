import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { DepartmentTreeNode } from '../../employees/api/workforce-types';
import { branchHeadcount } from '../utils/department-tree';
import classes from './DepartmentTree.module.css';

export type DepartmentTreeProps = {
  roots: readonly DepartmentTreeNode[];
  selectedId: number | null;
  onSelect: (id: number) => void;
};

/**
 * The departments as nested lists, every branch open: a company has tens of departments, not thousands.
 * Each department is a button that opens it beside the tree.
 */
export function DepartmentTree({ roots, selectedId, onSelect }: DepartmentTreeProps) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('departments.tree')}>
      <Branch nodes={roots} selectedId={selectedId} onSelect={onSelect} />
    </nav>
  );
}

type BranchProps = Omit<DepartmentTreeProps, 'roots'> & { nodes: readonly DepartmentTreeNode[] };

function Branch({ nodes, selectedId, onSelect }: BranchProps) {
  const { t } = useI18n();
  return (
    <ul className={classes.list}>
      {nodes.map((node) => {
        const branch = branchHeadcount(node);
        return (
          <li key={node.id}>
            <UnstyledButton
              className={classes.row}
              aria-current={node.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(node.id)}
            >
              <Text size="sm" fw="inherit" truncate>
                {node.name}
              </Text>
              <Group gap={4} wrap="nowrap">
                <Badge variant="light" radius="sm" tt="none" title={t('departments.headcountHint')}>
                  {t('departments.headcount', { count: node.employeeCount })}
                </Badge>
                {node.children.length > 0 && (
                  <Badge
                    variant="outline"
                    color="gray"
                    radius="sm"
                    tt="none"
                    title={t('departments.branchHint')}
                  >
                    {t('departments.branchCount', { count: branch })}
                  </Badge>
                )}
              </Group>
            </UnstyledButton>
            {node.children.length > 0 && (
              <Branch nodes={node.children} selectedId={selectedId} onSelect={onSelect} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
