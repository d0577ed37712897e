import { Stack, Text } from '@mantine/core';
import type { ManagedUser } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import { accountStatus, accountStatusStyles } from '../utils/account-status';
import { roleStyles } from '../utils/user-roles';

export function useUserColumns(): DataTableColumn<ManagedUser>[] {
  const { t, format } = useI18n();
  return [
    {
      key: 'name',
      header: t('field.personName'),
      cell: (user) => (
        <Stack gap={0}>
          <RecordLink to={`/users/${user.id}`}>{user.name ?? user.email}</RecordLink>
          {user.name && (
            <Text size="xs" c="dimmed">
              {user.username}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'email', header: t('field.email'), sortField: 'email', cell: (user) => user.email },
    {
      key: 'role',
      header: t('users.role'),
      cell: (user) => <EnumBadge value={user.role} styles={roleStyles} />,
    },
    {
      key: 'status',
      header: t('field.status'),
      cell: (user) => <EnumBadge value={accountStatus(user)} styles={accountStatusStyles} />,
    },
    {
      key: 'lastLogin',
      header: t('users.lastLogin'),
      cell: (user) => (user.lastLogin ? format.dateTime(user.lastLogin) : t('users.never')),
    },
    {
      key: 'createdAt',
      header: t('field.createdAt'),
      sortField: 'createdAt',
      cell: (user) => format.date(user.createdAt),
    },
  ];
}
