import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedSearch } from '@smartcrm/ui';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { pageSizes } from '../utils/list-params';

export type ListToolbarProps = {
  query: string;
  /** Without one the list has no search box (its endpoint does not search). */
  searchPlaceholder?: string;
  limit: number;
  onQueryChange: (query: string) => void;
  onLimitChange: (limit: number) => void;
  /** The list's own filter controls, shown after the search box. */
  filters?: ReactNode;
  /** Shown when a filter is set: puts every filter back. */
  onClearFilters?: () => void;
};

export function ListToolbar({
  query,
  searchPlaceholder,
  limit,
  onQueryChange,
  onLimitChange,
  filters,
  onClearFilters,
}: ListToolbarProps) {
  const { t } = useI18n();

  return (
    <Group justify="space-between" align="flex-end" gap="sm" mb="md" role="search">
      <Group align="flex-end" gap="sm" style={{ flex: '1 1 auto' }}>
        {searchPlaceholder !== undefined && (
          <SearchBox query={query} placeholder={searchPlaceholder} onQueryChange={onQueryChange} />
        )}
        {filters}
        {onClearFilters && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={onClearFilters}
          >
            {t('list.clearFilters')}
          </Button>
        )}
      </Group>
      <NativeSelect
        label={t('list.pageSize')}
        value={String(limit)}
        onChange={(event) => onLimitChange(Number(event.currentTarget.value))}
        data={pageSizes.map(String)}
        w={140}
      />
    </Group>
  );
}

type SearchBoxProps = { query: string; placeholder: string; onQueryChange: (query: string) => void };

function SearchBox({ query, placeholder, onQueryChange }: SearchBoxProps) {
  const { t } = useI18n();
  const searchId = useId();
  const { text, setText } = useDebouncedSearch(query, onQueryChange);
  return (
    <TextInput
      id={searchId}
      type="search"
      label={t('list.search')}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      style={{ flex: '1 1 260px', maxWidth: 420 }}
    />
  );
}
