import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useProductOptions } from '../api/useProductOptions';

export type PickedProduct = { id: number; name: string; sku: string };

export type ProductPickerProps = {
  label: string;
  /** The line's product, with the name and SKU it was saved with. */
  value: PickedProduct | null;
  onChange: (product: PickedProduct | null) => void;
  error?: string;
};

const optionLabel = (product: PickedProduct) => `${product.name} (${product.sku})`;

/** Picks a sellable product by typing part of its name or SKU; the server does the searching. */
export function ProductPicker({ label, value, onChange, error }: ProductPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const query = useProductOptions(debouncedSearch);

  const products = useMemo(() => {
    const found: PickedProduct[] = (query.data?.items ?? []).map(({ id, name, sku }) => ({ id, name, sku }));
    return value && !found.some((product) => product.id === value.id) ? [value, ...found] : found;
  }, [query.data, value]);

  return (
    <Select
      label={label}
      placeholder={t('orders.line.productPlaceholder')}
      required
      error={error}
      searchable
      data={products.map((product) => ({ value: String(product.id), label: optionLabel(product) }))}
      value={value ? String(value.id) : null}
      onChange={(next) => onChange(products.find((product) => String(product.id) === next) ?? null)}
      searchValue={search}
      onSearchChange={setSearch}
      // The options already are the server's matches; filtering them again here would hide some.
      filter={({ options }) => options}
      nothingFoundMessage={query.isFetching ? t('state.loading') : t('orders.line.noProduct')}
      rightSection={query.isFetching ? <Loader size={14} aria-hidden /> : undefined}
      style={{ flex: '1 1 260px' }}
    />
  );
}
