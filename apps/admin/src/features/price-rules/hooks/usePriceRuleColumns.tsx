import { ActionIcon, Badge, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import type { PriceRule } from '../api/price-rule-types';
import { ClientName } from '../components/ClientName';
import { RuleTargetName } from '../components/RuleTargetName';
import { priceRuleKindStyles } from '../utils/price-rule-kind';
import { usePriceRuleText } from './usePriceRuleText';

export type PriceRuleColumnOptions = {
  /** Without these, the table has no action column (the user may not change rules). */
  onEdit?: (rule: PriceRule) => void;
  onDelete?: (rule: PriceRule) => void;
  /** Formats amounts in this currency, for rules shown on one product's page. */
  currency?: string;
  /** Leaves out the target column, e.g. when every rule shown is for one product. */
  withTarget?: boolean;
};

export function usePriceRuleColumns(options: PriceRuleColumnOptions = {}): DataTableColumn<PriceRule>[] {
  const { t } = useI18n();
  const text = usePriceRuleText();
  const { onEdit, onDelete, currency, withTarget = true } = options;
  const columns: DataTableColumn<PriceRule>[] = [
    {
      key: 'name',
      header: t('field.name'),
      sortField: 'name',
      cell: (rule) => (
        <Text size="sm" fw={600}>
          {rule.name}
        </Text>
      ),
    },
    {
      key: 'kind',
      header: t('priceRules.kindLabel'),
      cell: (rule) => <EnumBadge value={rule.kind} styles={priceRuleKindStyles} />,
    },
    ...(withTarget
      ? [
          {
            key: 'target',
            header: t('priceRules.target.label'),
            cell: (rule: PriceRule) => <RuleTargetName rule={rule} />,
          },
        ]
      : []),
    {
      key: 'conditions',
      header: t('priceRules.conditions'),
      wrap: true,
      cell: (rule) => {
        const conditions = text.conditions(rule);
        if (rule.clientId === null && conditions.length === 0)
          return (
            <Text size="sm" c="dimmed">
              {t('priceRules.condition.none')}
            </Text>
          );
        return (
          <Stack gap={2}>
            {rule.clientId !== null && (
              <Text size="sm">
                {t('priceRules.condition.client')} <ClientName id={rule.clientId} />
              </Text>
            )}
            {conditions.map((condition) => (
              <Text key={condition} size="sm">
                {condition}
              </Text>
            ))}
          </Stack>
        );
      },
    },
    {
      key: 'adjustment',
      header: t('priceRules.adjustment.label'),
      cell: (rule) => text.adjustment(rule, currency),
    },
    {
      key: 'active',
      header: t('field.status'),
      cell: (rule) =>
        rule.isActive ? (
          <Badge color="green" variant="light" style={{ textTransform: 'none' }}>
            {t('priceRules.active')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" style={{ textTransform: 'none' }}>
            {t('priceRules.paused')}
          </Badge>
        ),
    },
  ];
  if (onEdit || onDelete) {
    columns.push({
      key: 'actions',
      header: t('list.actions'),
      cell: (rule) => (
        <Group gap={4} wrap="nowrap">
          {onEdit && (
            <ActionIcon
              variant="subtle"
              aria-label={t('priceRules.edit.open', { name: rule.name })}
              onClick={() => onEdit(rule)}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          )}
          {onDelete && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('priceRules.delete.open', { name: rule.name })}
              onClick={() => onDelete(rule)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ),
    });
  }
  return columns;
}
