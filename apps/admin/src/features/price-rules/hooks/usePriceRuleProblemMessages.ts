import { useI18n } from '../../../i18n/useI18n';

/** Plain words for the problems price-rule changes and quotes can run into, by problem code. */
export function usePriceRuleProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    version_conflict: t('priceRules.error.versionConflict'),
    validation_failed: t('priceRules.error.invalid'),
    price_rule_not_found: t('priceRules.error.notFound'),
    product_not_sellable: t('priceRules.quote.notSellable'),
    client_not_found: t('priceRules.quote.clientNotFound'),
    mixed_currencies: t('priceRules.quote.mixedCurrencies'),
  };
}
