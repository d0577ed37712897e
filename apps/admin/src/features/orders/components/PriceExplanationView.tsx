import { Stack, Table, Text } from '@mantine/core';
import { StatusBadge } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import type { PriceExplanation, PriceRuleConsideration } from '../api/order-types';
import { rulesByRelevance } from '../utils/price-explanation';

export type PriceExplanationViewProps = { explanation: PriceExplanation };

const outcomeStyles = {
  applied: { label: 'orders.price.outcome.applied', color: 'teal' },
  not_best: { label: 'orders.price.outcome.not_best', color: 'yellow' },
  not_applicable: { label: 'orders.price.outcome.not_applicable', color: 'gray' },
} as const;

const kindLabels = {
  volume_tier: 'orders.price.kind.volume_tier',
  client_price: 'orders.price.kind.client_price',
  segment_price: 'orders.price.kind.segment_price',
  promotion: 'orders.price.kind.promotion',
} as const satisfies Record<PriceRuleConsideration['kind'], string>;

/** How the price function reached a unit price: list, base and final price, and every rule it weighed. */
export function PriceExplanationView({ explanation }: PriceExplanationViewProps) {
  const { t, format } = useI18n();
  const rules = rulesByRelevance(explanation);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('orders.price.steps', {
          list: format.money(explanation.listPrice),
          base: format.money(explanation.basePrice),
          unit: format.money(explanation.unitPrice),
        })}
      </Text>
      {rules.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('orders.price.noRules')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('orders.price.rule')}</Table.Th>
                <Table.Th scope="col">{t('orders.price.kind')}</Table.Th>
                <Table.Th scope="col">{t('orders.price.outcome')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('orders.price.rulePrice')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((rule) => (
                <Table.Tr key={rule.ruleId}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {rule.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {rule.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(kindLabels[rule.kind])}</Table.Td>
                  <Table.Td>
                    <StatusBadge
                      label={t(outcomeStyles[rule.outcome].label)}
                      color={outcomeStyles[rule.outcome].color}
                    />
                  </Table.Td>
                  <Table.Td ta="right">
                    {rule.price === null ? t('field.none') : format.money(rule.price)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
