import { useI18n } from '../../../i18n/useI18n';

/** Plain words for the problems product and stock changes can run into, by problem code. */
export function useProductProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    version_conflict: t('products.error.versionConflict'),
    sku_taken: t('products.error.skuTaken'),
    product_archived: t('products.error.archived'),
    product_not_deletable: t('products.error.notDeletable'),
    stock_reserved: t('products.error.stockReserved'),
    insufficient_stock: t('stock.error.insufficient'),
    product_not_sellable: t('products.error.notSellable'),
    category_not_found: t('products.error.categoryNotFound'),
    product_not_found: t('products.error.notFound'),
    validation_failed: t('products.error.invalid'),
  };
}
