import { List } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { StockShortage } from '../utils/order-problems';

export type StockShortageListProps = {
  shortages: StockShortage[];
  /** Product names by id, where the page knows them; the SKU names the rest. */
  names: ReadonlyMap<number, string>;
};

/** What a refused confirmation was short of: each product, what was asked and what is available. */
export function StockShortageList({ shortages, names }: StockShortageListProps) {
  const { t } = useI18n();
  return (
    <List size="sm" spacing={2}>
      {shortages.map((shortage) => (
        <List.Item key={shortage.productId}>
          {t('orders.error.shortage', {
            product: names.get(shortage.productId) ?? shortage.sku,
            sku: shortage.sku,
            requested: shortage.requested,
            available: shortage.available,
          })}
        </List.Item>
      ))}
    </List>
  );
}
