import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useStaffDirectory } from '../api/useStaffDirectory';
import { useClientAccess } from '../hooks/useClientAccess';

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

/** Picks an account manager among the staff with a sign-in account, by name. */
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
  const directory = useStaffDirectory();
  const { user } = useClientAccess();

  const options = useMemo(() => {
    const listed = directory.owners.map((employee) => ({
      value: String(employee.userId),
      label:
        employee.userId === user?.id ? t('clients.owner.youNamed', { name: employee.name }) : employee.name,
    }));
    const extra: { value: string; label: string }[] = [];
    if (user && !listed.some((option) => option.value === String(user.id))) {
      extra.push({ value: String(user.id), label: t('clients.owner.you') });
    }
    // A value from a saved record or the URL that is nobody in the directory still shows.
    if (value && !listed.some((option) => option.value === value) && value !== String(user?.id)) {
      extra.push({ value, label: t('clients.owner.unknown', { id: value }) });
    }
    return [...extra, ...listed];
  }, [directory.owners, user, value, t]);

  return (
    <Select
      label={label}
      description={description}
      error={error}
      disabled={disabled}
      placeholder={placeholder ?? t('clients.owner.placeholder')}
      data={options}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      clearable
      nothingFoundMessage={directory.isPending ? t('state.loading') : t('clients.owner.noneFound')}
      clearButtonProps={{ 'aria-label': t('clients.owner.clear') }}
      w={w}
    />
  );
}
