import { Loader, MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useEmployeeSearch } from '../../employees/api/useEmployeeSearch';

export type EmployeeMultiSelectProps = {
  label: string;
  description?: string;
  value: number[];
  onChange: (employeeIds: number[]) => void;
  /** Names of people the caller already knows (e.g. current members), so they show without a search. */
  knownNames: ReadonlyMap<number, string>;
  error?: string;
};

/** Picks several employees by typing part of a name or email; the server does the searching. */
export function EmployeeMultiSelect({
  label,
  description,
  value,
  onChange,
  knownNames,
  error,
}: EmployeeMultiSelectProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const query = useEmployeeSearch(debouncedSearch);
  // Names of people picked from earlier searches, which later searches may no longer return.
  const [picked, setPicked] = useState<ReadonlyMap<number, string>>(new Map());

  const matches = useMemo(
    () =>
      (query.data?.items ?? [])
        .filter((employee) => employee.status !== 'terminated')
        .map((employee) => ({ id: employee.id, name: employee.name })),
    [query.data],
  );
  const data = useMemo(() => {
    const names = new Map<number, string>();
    for (const id of value) names.set(id, picked.get(id) ?? knownNames.get(id) ?? `#${id}`);
    for (const match of matches) names.set(match.id, match.name);
    return [...names].map(([id, name]) => ({ value: String(id), label: name }));
  }, [value, picked, knownNames, matches]);

  return (
    <MultiSelect
      label={label}
      description={description}
      error={error}
      searchable
      data={data}
      value={value.map(String)}
      onChange={(next) => {
        const labels = new Map(picked);
        for (const item of data) if (next.includes(item.value)) labels.set(Number(item.value), item.label);
        setPicked(labels);
        onChange(next.map(Number));
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The options already are the server's matches (plus those chosen); filtering them again would hide some.
      filter={({ options }) => options}
      nothingFoundMessage={query.isFetching ? t('state.loading') : t('employees.picker.noneFound')}
      placeholder={value.length === 0 ? t('employees.picker.placeholder') : undefined}
      rightSection={query.isFetching ? <Loader size={14} aria-hidden /> : undefined}
      maxDropdownHeight={260}
      clearable
      clearButtonProps={{ 'aria-label': t('supportSettings.queues.clearMembers') }}
    />
  );
}
