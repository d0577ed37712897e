import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useStaffMember, useStaffSearch } from '../api/useStaff';
import { useOwnerLabel } from '../hooks/useOwnerLabel';

export type OwnerSelectProps = {
  label: string;
  /** The owner's user id as text; '' for nobody. */
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string;
  disabled?: boolean;
  placeholder?: string;
  w?: number | string;
};

/** Picks an account manager among the active staff by typing part of a name; the server does the searching. */
export function OwnerSelect({
  label,
  value,
  onChange,
  description,
  error,
  disabled,
  placeholder,
  w,
}: OwnerSelectProps) {
  const { t } = useI18n();
  const labelOf = useOwnerLabel();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const matches = useStaffSearch(debouncedSearch);
  const userId = value ? Number(value) : null;
  // Kept so the chosen person still shows when a later search no longer returns them.
  const [chosen, setChosen] = useState<{ userId: number; label: string } | null>(null);
  const known = chosen !== null && chosen.userId === userId;
  // A value from a saved record or the URL is looked up once, so its name shows before any search.
  const given = useStaffMember(known ? null : userId);
  const options = (matches.data ?? []).map((member) => ({
    value: member.userId,
    label: labelOf({ userId: member.userId, name: member.name }),
  }));
  const selectedLabel =
    userId === null
      ? null
      : known
        ? chosen.label
        : given.isPending && given.fetchStatus !== 'idle'
          ? null
          : labelOf({ userId, name: given.data?.name ?? null });

  return (
    <SearchSelect
      label={label}
      description={description}
      error={error}
      disabled={disabled}
      placeholder={placeholder ?? t('clients.owner.placeholder')}
      value={userId}
      onChange={(next, nextLabel) => {
        setChosen(next !== null && nextLabel ? { userId: next, label: nextLabel } : null);
        onChange(next === null ? '' : String(next));
      }}
      options={options}
      selectedLabel={selectedLabel}
      search={search}
      onSearchChange={setSearch}
      loading={matches.isFetching}
      nothingFound={t('clients.owner.noneFound')}
      loadingLabel={t('state.loading')}
      clearLabel={t('clients.owner.clear')}
      w={w}
    />
  );
}
