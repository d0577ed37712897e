import { useI18n } from '../../../i18n/useI18n';
import { useMoneyFormat } from '../../products/hooks/useMoneyFormat';
import type { ClientTier, PriceRule } from '../api/price-rule-types';
import { formatPercent } from '../utils/percent';
import { clientTierStyles } from '../utils/price-rule-kind';

type RuleText = Pick<
  PriceRule,
  'fixedPrice' | 'percentOff' | 'amountOff' | 'minQuantity' | 'clientTier' | 'startsAt' | 'endsAt'
>;

/** Words for how a rule changes the price and for the conditions it holds under (besides the client). */
export function usePriceRuleText() {
  const { t, format } = useI18n();
  const money = useMoneyFormat();
  return {
    /** `currency` is the product's when the rule is shown for one; amounts are otherwise bare. */
    adjustment(rule: RuleText, currency?: string): string {
      const amount = (value: string) => (currency ? money(value, currency) : value);
      if (rule.fixedPrice !== null)
        return t('priceRules.adjustment.fixed', { amount: amount(rule.fixedPrice) });
      if (rule.percentOff !== null)
        return t('priceRules.adjustment.percent', { percent: formatPercent(rule.percentOff) });
      if (rule.amountOff !== null)
        return t('priceRules.adjustment.amount', { amount: amount(rule.amountOff) });
      return t('field.none');
    },
    conditions(rule: RuleText): string[] {
      const parts: string[] = [];
      if (rule.minQuantity !== null)
        parts.push(t('priceRules.condition.minQuantity', { quantity: rule.minQuantity }));
      if (rule.clientTier !== null) {
        const style = clientTierStyles[rule.clientTier as ClientTier];
        parts.push(t('priceRules.condition.tier', { tier: style ? t(style.label) : rule.clientTier }));
      }
      if (rule.startsAt !== null && rule.endsAt !== null)
        parts.push(
          t('priceRules.condition.window', {
            from: format.dateTime(rule.startsAt),
            until: format.dateTime(rule.endsAt),
          }),
        );
      else if (rule.startsAt !== null)
        parts.push(t('priceRules.condition.from', { from: format.dateTime(rule.startsAt) }));
      else if (rule.endsAt !== null)
        parts.push(t('priceRules.condition.until', { until: format.dateTime(rule.endsAt) }));
      return parts;
    },
  };
}
