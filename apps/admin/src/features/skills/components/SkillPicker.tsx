import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useSkill } from '../api/useSkill';
import { useSkillSearch } from '../api/useSkillSearch';

export type SkillPickerProps = {
  label: string;
  value: number | null;
  onChange: (skillId: number | null, name: string | null) => void;
  /** The name of `value` when the caller knows it, so it shows without a search. */
  selectedName?: string | null;
  /** Skills that cannot be chosen here, e.g. those another line of the editor has. */
  disabledIds?: readonly number[];
  error?: string;
  required?: boolean;
  placeholder?: string;
  w?: number | string;
};

const none: readonly number[] = [];

/** Picks a skill by typing part of its name; the server does the searching. */
export function SkillPicker({
  label,
  value,
  onChange,
  selectedName,
  disabledIds = none,
  error,
  required,
  placeholder,
  w,
}: SkillPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<{ id: number; name: string } | null>(null);
  const query = useSkillSearch(debouncedSearch);
  const known = chosen?.id === value ? chosen.name : (selectedName ?? null);
  // A value given from outside (the URL) is looked up, so its name shows before any search.
  const given = useSkill(value !== null && !known ? value : Number.NaN);
  const selectedLabel = known ?? given.data?.name ?? null;

  const options = useMemo(
    () =>
      (query.data?.items ?? []).map((skill) => ({
        value: skill.id,
        label: skill.name,
        disabled: skill.id !== value && disabledIds.includes(skill.id),
      })),
    [query.data, disabledIds, value],
  );

  return (
    <SearchSelect
      label={label}
      placeholder={placeholder ?? t('skills.picker.placeholder')}
      required={required}
      error={error}
      value={value}
      onChange={(next, name) => {
        setChosen(next !== null && name ? { id: next, name } : null);
        onChange(next, name);
      }}
      options={options}
      selectedLabel={selectedLabel}
      search={search}
      onSearchChange={setSearch}
      loading={query.isFetching}
      nothingFound={t('skills.picker.noneFound')}
      loadingLabel={t('state.loading')}
      clearLabel={t('skills.picker.clear', { field: label })}
      w={w}
    />
  );
}
