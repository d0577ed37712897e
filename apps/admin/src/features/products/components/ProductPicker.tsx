import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useResourceDetail } from '../../listing/api/useResourceDetail';
import { productResource } from '../api/product-resource';
import type { Product } from '../api/product-types';
import { useProductSearch } from '../api/useProductSearch';

export type ProductPickerProps = {
  label: string;
  value: number | null;
  onChange: (productId: number | null) => void;
  error?: string;
  required?: boolean;
  description?: string;
  placeholder?: string;
  w?: number | string;
};

type Choice = Pick<Product, 'id' | 'name' | 'sku'>;
const optionLabel = (product: Choice) => `${product.name} (${product.sku})`;

/** Picks a product by typing part of its name or SKU; the server does the searching. */
export function ProductPicker({
  label,
  value,
  onChange,
  error,
  required,
  description,
  placeholder,
  w,
}: ProductPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  // Kept so the chosen product still shows when a later search no longer returns it.
  const [chosen, setChosen] = useState<Choice | null>(null);
  const query = useProductSearch(debouncedSearch);
  // A value given from outside (a saved rule, a link) is looked up, so its name shows before any search.
  const given = useResourceDetail(
    productResource,
    value !== null && chosen?.id !== value ? value : Number.NaN,
  );
  const current = chosen?.id === value ? chosen : (given.data ?? null);

  const options = useMemo(() => {
    const products: Choice[] = query.data?.items ?? [];
    const all =
      current && !products.some((product) => product.id === current.id) ? [current, ...products] : products;
    return all.map((product) => ({ value: String(product.id), label: optionLabel(product) }));
  }, [query.data, current]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('products.pickerPlaceholder')}
      required={required}
      error={error}
      searchable
      clearable
      data={options}
      value={value === null ? null : String(value)}
      onChange={(next) => {
        const product = [...(query.data?.items ?? []), ...(current ? [current] : [])].find(
          (item) => String(item.id) === next,
        );
        setChosen(product ? { id: product.id, name: product.name, sku: product.sku } : null);
        onChange(next ? Number(next) : null);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The options already are the server's matches; filtering them again here would hide some.
      filter={({ options: matches }) => matches}
      nothingFoundMessage={query.isFetching ? t('state.loading') : t('products.noneFound')}
      rightSection={query.isFetching ? <Loader size={14} aria-hidden /> : undefined}
      clearButtonProps={{ 'aria-label': t('products.clearPicker') }}
      w={w}
    />
  );
}
