import { Checkbox, MultiSelect, TagsInput } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { CategoryTreeSelect } from '../../categories/components/CategoryTreeSelect';
import type { ListFilterControls } from '../../listing/components/ResourceListView';
import { productStatuses } from '../api/product-types';
import { productStatusStyles } from '../utils/product-status';

export type ProductFiltersProps = ListFilterControls;

const splitList = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);

/** Status (any of several), category (with everything below it), tags (all of them) and low stock. */
export function ProductFilters({ filters, setFilter }: ProductFiltersProps) {
  const { t } = useI18n();
  return (
    <>
      <MultiSelect
        label={t('field.status')}
        placeholder={splitList(filters.status).length ? undefined : t('products.filter.anyStatus')}
        data={productStatuses.map((status) => ({
          value: status,
          label: t(productStatusStyles[status].label),
        }))}
        value={splitList(filters.status)}
        onChange={(statuses) => setFilter('status', statuses.join(','))}
        clearable
        clearButtonProps={{ 'aria-label': t('products.filter.clearStatus') }}
        w={240}
      />
      <CategoryTreeSelect
        label={t('products.category')}
        placeholder={t('products.filter.anyCategory')}
        value={filters.categoryId ? Number(filters.categoryId) : null}
        onChange={(categoryId) => setFilter('categoryId', categoryId === null ? null : String(categoryId))}
        w={280}
      />
      <TagsInput
        label={t('products.tags')}
        placeholder={splitList(filters.tags).length ? undefined : t('products.filter.anyTag')}
        value={splitList(filters.tags)}
        onChange={(tags) => setFilter('tags', tags.map((tag) => tag.trim().toLowerCase()).join(','))}
        clearable
        w={220}
      />
      <Checkbox
        label={t('products.filter.lowStock')}
        checked={filters.lowStock === 'true'}
        onChange={(event) => setFilter('lowStock', event.currentTarget.checked ? 'true' : null)}
        mb={8}
      />
    </>
  );
}
