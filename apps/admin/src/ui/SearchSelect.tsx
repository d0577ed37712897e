import { Loader, Select } from '@mantine/core';
import { useMemo } from 'react';

export type SearchSelectOption = { value: number; label: string; disabled?: boolean };

export type SearchSelectProps = {
  label: string;
  description?: string;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  value: number | null;
  /** Called with the chosen record and its label, or null when cleared. */
  onChange: (value: number | null, label: string | null) => void;
  /** The server's matches for `search`. */
  options: readonly SearchSelectOption[];
  /** The label of `value` when the current matches do not include it (a saved value, an earlier search). */
  selectedLabel?: string | null;
  search: string;
  onSearchChange: (search: string) => void;
  loading?: boolean;
  nothingFound: string;
  loadingLabel: string;
  clearLabel: string;
  w?: number | string;
};

/** Picks one record by typing part of its name; the server does the searching, this only shows matches. */
export function SearchSelect({
  label,
  description,
  placeholder,
  required,
  disabled,
  error,
  value,
  onChange,
  options,
  selectedLabel,
  search,
  onSearchChange,
  loading,
  nothingFound,
  loadingLabel,
  clearLabel,
  w,
}: SearchSelectProps) {
  const data = useMemo(() => {
    const listed = options.some((option) => option.value === value);
    const all =
      value !== null && !listed && selectedLabel ? [{ value, label: selectedLabel }, ...options] : options;
    return all.map((option) => ({
      value: String(option.value),
      label: option.label,
      disabled: 'disabled' in option ? option.disabled : undefined,
    }));
  }, [options, value, selectedLabel]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      required={required}
      disabled={disabled}
      error={error}
      searchable
      clearable
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next, option) => onChange(next ? Number(next) : null, next && option ? option.label : null)}
      searchValue={search}
      onSearchChange={onSearchChange}
      // The options already are the server's matches; filtering them again here would hide some.
      filter={({ options: matches }) => matches}
      nothingFoundMessage={loading ? loadingLabel : nothingFound}
      rightSection={loading ? <Loader size={14} aria-hidden /> : undefined}
      clearButtonProps={{ 'aria-label': clearLabel }}
      w={w}
    />
  );
}
