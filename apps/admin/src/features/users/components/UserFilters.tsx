import { NativeSelect } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { ListFilterControls } from '../../listing/components/ResourceListView';
import { roleStyles, userRoles } from '../utils/user-roles';

export type UserFiltersProps = ListFilterControls;

export function UserFilters({ filters, setFilter }: UserFiltersProps) {
  const { t } = useI18n();
  return (
    <>
      <NativeSelect
        label={t('users.role')}
        value={filters.role ?? ''}
        onChange={(event) => setFilter('role', event.currentTarget.value)}
        data={[
          { value: '', label: t('users.filter.anyRole') },
          ...userRoles.map((role) => ({ value: role, label: t(roleStyles[role].label) })),
        ]}
        w={180}
      />
      <NativeSelect
        label={t('field.status')}
        value={filters.isActive ?? ''}
        onChange={(event) => setFilter('isActive', event.currentTarget.value)}
        data={[
          { value: '', label: t('users.filter.anyStatus') },
          { value: 'true', label: t('users.filter.active') },
          { value: 'false', label: t('users.filter.inactive') },
        ]}
        w={180}
      />
    </>
  );
}
