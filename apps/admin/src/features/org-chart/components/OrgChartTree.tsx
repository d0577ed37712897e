import { ActionIcon, Anchor, Group, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { OrgChartNode } from '../../employees/api/workforce-types';
import { employeeStatusStyles } from '../../employees/utils/employee-status';
import { EnumBadge } from '../../listing/components/EnumBadge';
import classes from './OrgChartTree.module.css';

export type OrgChartTreeProps = {
  roots: readonly OrgChartNode[];
  /** The people whose reports are shown. */
  open: ReadonlySet<number>;
  onToggle: (id: number) => void;
  label: string;
};

/**
 * Reporting lines as nested lists of boxes, each manager's reports indented under them behind a
 * disclosure button: readable at any width, by keyboard and by screen readers, with no chart library.
 */
export function OrgChartTree({ roots, open, onToggle, label }: OrgChartTreeProps) {
  return (
    <nav aria-label={label}>
      <Level nodes={roots} open={open} onToggle={onToggle} />
    </nav>
  );
}

type LevelProps = Omit<OrgChartTreeProps, 'roots' | 'label'> & { nodes: readonly OrgChartNode[] };

function Level({ nodes, open, onToggle }: LevelProps) {
  const { t } = useI18n();
  return (
    <ul className={classes.list}>
      {nodes.map((node) => {
        const expanded = open.has(node.id);
        const reportsId = `org-chart-reports-${node.id}`;
        return (
          <li key={node.id} className={classes.item}>
            <div className={classes.row}>
              {node.reports.length > 0 ? (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-expanded={expanded}
                  aria-controls={expanded ? reportsId : undefined}
                  aria-label={t(expanded ? 'orgChart.hideReports' : 'orgChart.showReports', {
                    name: node.name,
                  })}
                  onClick={() => onToggle(node.id)}
                >
                  {expanded ? (
                    <IconChevronDown size={18} aria-hidden />
                  ) : (
                    <IconChevronRight size={18} aria-hidden />
                  )}
                </ActionIcon>
              ) : (
                <span className={classes.spacer} />
              )}
              <div className={classes.card} data-status={node.status}>
                <Group gap="xs" justify="space-between" wrap="nowrap">
                  <Anchor component={Link} to={`/employees/${node.id}`} fw={600} size="sm">
                    {node.name}
                  </Anchor>
                  {node.status !== 'active' && (
                    <EnumBadge value={node.status} styles={employeeStatusStyles} />
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {node.department ? `${node.role} · ${node.department}` : node.role}
                  {node.reports.length > 0 &&
                    ` · ${t('orgChart.reportCount', { count: node.reports.length })}`}
                </Text>
              </div>
            </div>
            {expanded && node.reports.length > 0 && (
              <div id={reportsId}>
                <Level nodes={node.reports} open={open} onToggle={onToggle} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
