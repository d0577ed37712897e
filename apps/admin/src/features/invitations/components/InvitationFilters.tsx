import { NativeSelect } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { ListFilterControls } from '../../listing/components/ResourceListView';
import { roleStyles, userRoles } from '../../users/utils/user-roles';

export type InvitationFiltersProps = ListFilterControls;

export function InvitationFilters({ filters, setFilter }: InvitationFiltersProps) {
  const { t } = useI18n();
  return (
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
  );
}
