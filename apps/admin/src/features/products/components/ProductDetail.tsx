import { Paper, Text } from '@mantine/core';
import type { Product } from '@smartcrm/api-client';
import { KeyValueTable } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordDetail } from '../../listing/components/RecordDetail';
import { productStatusStyles } from '../utils/product-status';

export type ProductDetailProps = { product: Product };

export function ProductDetail({ product }: ProductDetailProps) {
  const { t, format } = useI18n();
  const specifications = Object.entries(product.specifications);
  return (
    <RecordDetail
      title={product.name}
      subtitle={product.sku}
      badge={<EnumBadge value={product.status} styles={productStatusStyles} />}
      record={product}
      fields={[
        {
          label: t('products.price'),
          value: <span data-testid="product-price">{format.money(product.price)}</span>,
        },
        { label: t('products.sku'), value: product.sku },
        { label: t('products.category'), value: product.categoryName ?? t('field.none') },
        { label: t('field.description'), value: product.description ?? t('field.none') },
      ]}
    >
      <Paper withBorder radius="md" p="lg">
        {specifications.length > 0 ? (
          <KeyValueTable
            caption={t('products.specifications')}
            keyHeader={t('products.specName')}
            valueHeader={t('products.specValue')}
            entries={specifications}
          />
        ) : (
          <Text c="dimmed">{t('products.noSpecifications')}</Text>
        )}
      </Paper>
    </RecordDetail>
  );
}
