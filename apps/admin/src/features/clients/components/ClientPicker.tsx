import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Client } from '@smartcrm/api-client';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useResourceDetail } from '../../listing/api/useResourceDetail';
import { clientResource } from '../api/client-resource';
import { useClientSearch } from '../api/useClientSearch';

export type ClientPickerProps = {
  label: string;
  value: number | null;
  onChange: (clientId: number | null) => void;
  error?: string;
  required?: boolean;
  description?: string;
};

/** Picks a client by typing part of its name; the server does the searching. */
export function ClientPicker({ label, value, onChange, error, required, description }: ClientPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  // Kept so the chosen client still shows when a later search no longer returns it.
  const [chosen, setChosen] = useState<Pick<Client, 'id' | 'companyName'> | null>(null);
  const query = useClientSearch(debouncedSearch);
  // A value given from outside (a saved record, a link) is looked up, so its name shows before any search.
  const given = useResourceDetail(
    clientResource,
    value !== null && chosen?.id !== value ? value : Number.NaN,
  );
  const current = chosen?.id === value ? chosen : (given.data ?? null);

  const options = useMemo(() => {
    const clients = query.data?.items ?? [];
    const all =
      current && !clients.some((client) => client.id === current.id) ? [current, ...clients] : clients;
    return all.map((client) => ({ value: String(client.id), label: client.companyName }));
  }, [query.data, current]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('clients.pickerPlaceholder')}
      required={required}
      error={error}
      searchable
      clearable
      data={options}
      value={value === null ? null : String(value)}
      onChange={(next, option) => {
        setChosen(next && option ? { id: Number(next), companyName: option.label } : null);
        onChange(next ? Number(next) : null);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The options already are the server's matches; filtering them again here would hide some.
      filter={({ options: matches }) => matches}
      nothingFoundMessage={query.isFetching ? t('state.loading') : t('clients.noneFound')}
      rightSection={query.isFetching ? <Loader size={14} aria-hidden /> : undefined}
      clearButtonProps={{ 'aria-label': t('clients.clearPicker') }}
    />
  );
}
