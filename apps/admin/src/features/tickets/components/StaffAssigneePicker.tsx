import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useStaffSearch } from '../../clients/api/useStaff';
import { useEmployee } from '../../employees/api/useEmployee';

export type StaffAssigneePickerProps = {
  label: string;
  /** The employee id tickets are assigned to. */
  value: number | null;
  onChange: (employeeId: number | null) => void;
  /** The assignee's name when the caller knows it, so it shows without a lookup. */
  selectedName?: string | null;
  placeholder?: string;
  error?: string;
  disabled?: boolean;
  w?: number | string;
};

/**
 * Picks a staff member to assign tickets to, by typing part of their name or email. Only staff with an
 * employee record can hold tickets, so only they are offered.
 */
export function StaffAssigneePicker({
  label,
  value,
  onChange,
  selectedName,
  placeholder,
  error,
  disabled,
  w,
}: StaffAssigneePickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<{ id: number; name: string } | null>(null);
  const staff = useStaffSearch(debouncedSearch);
  const known = chosen?.id === value ? chosen.name : (selectedName ?? null);
  // A value from the URL is looked up, so its name shows before any search.
  const given = useEmployee(value !== null && !known ? value : Number.NaN);

  const options = useMemo(
    () =>
      (staff.data ?? []).flatMap((member) =>
        member.employeeId === null ? [] : [{ value: member.employeeId, label: member.name }],
      ),
    [staff.data],
  );

  return (
    <SearchSelect
      label={label}
      placeholder={placeholder ?? t('tickets.assign.placeholder')}
      disabled={disabled}
      error={error}
      value={value}
      onChange={(next, nextLabel) => {
        setChosen(next !== null && nextLabel ? { id: next, name: nextLabel } : null);
        onChange(next);
      }}
      options={options}
      selectedLabel={known ?? given.data?.name ?? null}
      search={search}
      onSearchChange={setSearch}
      loading={staff.isFetching}
      nothingFound={t('tickets.assign.noneFound')}
      loadingLabel={t('state.loading')}
      clearLabel={t('tickets.assign.clear')}
      w={w}
    />
  );
}
