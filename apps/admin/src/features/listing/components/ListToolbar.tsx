import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedSearch } from '@smartcrm/ui';
import { IconSearch } from '@tabler/icons-react';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { pageSizes } from '../utils/list-params';

export type ListToolbarProps = {
  query: string;
  searchPlaceholder: string;
  limit: number;
  onQueryChange: (query: string) => void;
  onLimitChange: (limit: number) => void;
};

export function ListToolbar({
  query,
  searchPlaceholder,
  limit,
  onQueryChange,
  onLimitChange,
}: ListToolbarProps) {
  const { t } = useI18n();
  const searchId = useId();
  const { text, setText } = useDebouncedSearch(query, onQueryChange);

  return (
    <Group justify="space-between" align="flex-end" gap="sm" mb="md" role="search">
      <TextInput
        id={searchId}
        type="search"
        label={t('list.search')}
        placeholder={searchPlaceholder}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        style={{ flex: '1 1 260px', maxWidth: 420 }}
      />
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
