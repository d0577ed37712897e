import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useEmployee } from '../api/useEmployee';
import { useEmployeeSearch } from '../api/useEmployeeSearch';
import type { EmployeeSummary } from '../api/workforce-types';

export type EmployeePickerProps = {
  label: string;
  value: number | null;
  onChange: (employeeId: number | null) => void;
  /** The chosen person as the caller already knows them, so the name shows without a lookup. */
  selected?: Pick<EmployeeSummary, 'id' | 'name'> | null;
  /** People who cannot be chosen here, e.g. the employee themselves as their own manager. */
  excludeIds?: readonly number[];
  /** Leaves out people who have left (managers and department heads must still work here). */
  currentOnly?: boolean;
  description?: string;
  placeholder?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  w?: number | string;
};

const nobody: readonly number[] = [];

/** Picks an employee by typing part of their name or email; the server does the searching. */
export function EmployeePicker({
  label,
  value,
  onChange,
  selected,
  excludeIds = nobody,
  currentOnly,
  description,
  placeholder,
  error,
  required,
  disabled,
  w,
}: EmployeePickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  // Kept so the chosen person still shows when a later search no longer returns them.
  const [chosen, setChosen] = useState<{ id: number; name: string } | null>(null);
  const query = useEmployeeSearch(debouncedSearch);
  const known = chosen?.id === value ? chosen : selected?.id === value ? selected : null;
  // A value given from outside (a link, the URL) is looked up, so its name shows before any search.
  const given = useEmployee(value !== null && !known ? value : Number.NaN);
  const selectedLabel = known?.name ?? given.data?.name ?? null;

  const options = useMemo(
    () =>
      (query.data?.items ?? [])
        .filter((employee) => !excludeIds.includes(employee.id))
        .filter((employee) => !currentOnly || employee.status !== 'terminated')
        .map((employee) => ({ value: employee.id, label: employee.name })),
    [query.data, excludeIds, currentOnly],
  );

  return (
    <SearchSelect
      label={label}
      description={description}
      placeholder={placeholder ?? t('employees.picker.placeholder')}
      required={required}
      disabled={disabled}
      error={error}
      value={value}
      onChange={(next, nextLabel) => {
        setChosen(next !== null && nextLabel ? { id: next, name: nextLabel } : null);
        onChange(next);
      }}
      options={options}
      selectedLabel={selectedLabel}
      search={search}
      onSearchChange={setSearch}
      loading={query.isFetching}
      nothingFound={t('employees.picker.noneFound')}
      loadingLabel={t('state.loading')}
      clearLabel={t('employees.picker.clear', { field: label })}
      w={w}
    />
  );
}
