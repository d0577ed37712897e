import { NativeSelect } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { CategoryTreeSelect } from '../../categories/components/CategoryTreeSelect';
import { ClientPicker } from '../../clients/components/ClientPicker';
import type { ListFilterControls } from '../../listing/components/ResourceListView';
import { ProductPicker } from '../../products/components/ProductPicker';
import { priceRuleKinds } from '../api/price-rule-types';
import { priceRuleKindStyles } from '../utils/price-rule-kind';

export type PriceRuleFiltersProps = ListFilterControls;

const idOf = (value: string | undefined) => (value ? Number(value) : null);
const filterValue = (id: number | null) => (id === null ? null : String(id));

/** Kind, the product, category or client a rule is aimed at, and whether it is switched on. */
export function PriceRuleFilters({ filters, setFilter }: PriceRuleFiltersProps) {
  const { t } = useI18n();
  return (
    <>
      <NativeSelect
        label={t('priceRules.kindLabel')}
        value={filters.kind ?? ''}
        onChange={(event) => setFilter('kind', event.currentTarget.value)}
        data={[
          { value: '', label: t('priceRules.filter.anyKind') },
          ...priceRuleKinds.map((kind) => ({ value: kind, label: t(priceRuleKindStyles[kind].label) })),
        ]}
        w={180}
      />
      <ProductPicker
        label={t('priceRules.form.product')}
        placeholder={t('priceRules.filter.anyProduct')}
        value={idOf(filters.productId)}
        onChange={(id) => setFilter('productId', filterValue(id))}
        w={220}
      />
      <CategoryTreeSelect
        label={t('priceRules.form.category')}
        placeholder={t('priceRules.filter.anyCategory')}
        value={idOf(filters.categoryId)}
        onChange={(id) => setFilter('categoryId', filterValue(id))}
        w={200}
      />
      <div style={{ width: 220 }}>
        <ClientPicker
          label={t('priceRules.form.client')}
          value={idOf(filters.clientId)}
          onChange={(id) => setFilter('clientId', filterValue(id))}
        />
      </div>
      <NativeSelect
        label={t('field.status')}
        value={filters.active ?? ''}
        onChange={(event) => setFilter('active', event.currentTarget.value)}
        data={[
          { value: '', label: t('priceRules.filter.anyStatus') },
          { value: 'true', label: t('priceRules.active') },
          { value: 'false', label: t('priceRules.paused') },
        ]}
        w={150}
      />
    </>
  );
}
