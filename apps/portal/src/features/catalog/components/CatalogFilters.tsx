import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedSearch } from '@smartcrm/ui';
import { IconSearch } from '@tabler/icons-react';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import { useCategories } from '../api/useCategories';
import type { CatalogSort } from '../utils/catalog-params';

const sortLabels: Record<CatalogSort, MessageKey> = {
  name: 'catalog.sort.name',
  price: 'catalog.sort.priceAsc',
  '-price': 'catalog.sort.priceDesc',
  '-createdAt': 'catalog.sort.newest',
};

export type CatalogFiltersProps = {
  query: string;
  categoryId: number | null;
  sort: CatalogSort;
  onQueryChange: (query: string) => void;
  onCategoryChange: (categoryId: number | null) => void;
  onSortChange: (sort: CatalogSort) => void;
};

export function CatalogFilters(props: CatalogFiltersProps) {
  const { query, categoryId, sort, onQueryChange } = props;
  const { t } = useI18n();
  const categories = useCategories();
  const { text, setText } = useDebouncedSearch(query, onQueryChange);

  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" role="search">
      <TextInput
        type="search"
        label={t('catalog.search')}
        placeholder={t('catalog.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('catalog.category')}
        value={categoryId === null ? '' : String(categoryId)}
        onChange={(event) =>
          props.onCategoryChange(event.currentTarget.value ? Number(event.currentTarget.value) : null)
        }
        data={[
          { value: '', label: t('catalog.allCategories') },
          ...(categories.data ?? []).map((category) => ({
            value: String(category.id),
            label: category.name,
          })),
        ]}
      />
      <NativeSelect
        label={t('catalog.sort')}
        value={sort}
        onChange={(event) => props.onSortChange(event.currentTarget.value as CatalogSort)}
        data={Object.entries(sortLabels).map(([value, label]) => ({ value, label: t(label) }))}
      />
    </SimpleGrid>
  );
}
