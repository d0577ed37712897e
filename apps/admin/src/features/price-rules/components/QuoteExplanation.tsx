import { Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import type { EnumStyles } from '../../listing/utils/enum-style';
import type { PriceExplanation, PriceRuleConsideration } from '../../products/api/product-types';
import { useMoneyFormat } from '../../products/hooks/useMoneyFormat';
import { priceRuleKindStyles } from '../utils/price-rule-kind';

export type QuoteExplanationProps = { explanation: PriceExplanation; currency: string };

const outcomeStyles: EnumStyles<PriceRuleConsideration['outcome']> = {
  applied: { label: 'priceRules.outcome.applied', color: 'green' },
  not_best: { label: 'priceRules.outcome.not_best', color: 'yellow' },
  not_applicable: { label: 'priceRules.outcome.not_applicable', color: 'gray' },
};

const outcomeRank = { applied: 0, not_best: 1, not_applicable: 2 } as const;

/** Why a line costs what it does: the server's summary, then every rule it considered, deciding ones first. */
export function QuoteExplanation({ explanation, currency }: QuoteExplanationProps) {
  const { t } = useI18n();
  const money = useMoneyFormat();
  const rules = [...explanation.rules].sort(
    (left, right) => outcomeRank[left.outcome] - outcomeRank[right.outcome],
  );
  const columns: DataTableColumn<PriceRuleConsideration>[] = [
    { key: 'name', header: t('field.name'), cell: (rule) => rule.name },
    {
      key: 'kind',
      header: t('priceRules.kindLabel'),
      cell: (rule) => <EnumBadge value={rule.kind} styles={priceRuleKindStyles} />,
    },
    {
      key: 'outcome',
      header: t('priceRules.outcome.label'),
      cell: (rule) => <EnumBadge value={rule.outcome} styles={outcomeStyles} />,
    },
    { key: 'reason', header: t('priceRules.outcome.reason'), wrap: true, cell: (rule) => rule.reason },
    {
      key: 'price',
      header: t('priceRules.outcome.price'),
      numeric: true,
      cell: (rule) => (rule.price === null ? t('field.none') : money(rule.price, currency)),
    },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="quote-summary">
        {explanation.summary}
      </Text>
      {rules.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('priceRules.quote.noRules')}
        </Text>
      ) : (
        <DataTable
          caption={t('priceRules.quote.rulesConsidered')}
          columns={columns}
          rows={rules}
          rowKey={(rule) => rule.ruleId}
        />
      )}
    </Stack>
  );
}
