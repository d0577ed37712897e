import { Group, Text } from '@mantine/core';
import type { Product } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import { LowStockBadge } from '../components/LowStockBadge';
import { productStatusStyles } from '../utils/product-status';
import { useMoneyFormat } from './useMoneyFormat';

export function useProductColumns(): DataTableColumn<Product>[] {
  const { t, format } = useI18n();
  const money = useMoneyFormat();
  return [
    {
      key: 'name',
      header: t('field.name'),
      sortField: 'name',
      cell: (product) => <RecordLink to={`/products/${product.id}`}>{product.name}</RecordLink>,
    },
    {
      key: 'sku',
      header: t('products.sku'),
      cell: (product) => (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {product.sku}
        </Text>
      ),
    },
    {
      key: 'category',
      header: t('products.category'),
      cell: (product) => product.categoryName ?? t('field.none'),
    },
    {
      key: 'status',
      header: t('field.status'),
      cell: (product) => <EnumBadge value={product.status} styles={productStatusStyles} />,
    },
    {
      key: 'price',
      header: t('products.price'),
      sortField: 'price',
      numeric: true,
      cell: (product) => money(product.price, product.currency),
    },
    {
      key: 'available',
      header: t('stock.available'),
      numeric: true,
      cell: (product) => (
        <Group gap={6} justify="flex-end" wrap="nowrap" data-testid="stock-available">
          {product.lowStock && <LowStockBadge size="xs" />}
          <span>{product.stockAvailable}</span>
        </Group>
      ),
    },
    {
      key: 'createdAt',
      header: t('field.createdAt'),
      sortField: 'createdAt',
      cell: (product) => format.date(product.createdAt),
    },
  ];
}
