import { Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordLink } from '../../listing/components/RecordLink';
import { roleStyles } from '../../users/utils/user-roles';
import type { InvitationRow } from '../api/invitation-resource';
import { SendFreshLinkButton } from '../components/SendFreshLinkButton';
import { WithdrawInvitationButton } from '../components/WithdrawInvitationButton';
import { invitationStatusStyles } from '../utils/invitation-status';

export type InvitationColumnsOptions = { onWithdrawn: (who: string) => void };

export function useInvitationColumns({
  onWithdrawn,
}: InvitationColumnsOptions): DataTableColumn<InvitationRow>[] {
  const { t, format } = useI18n();
  return [
    {
      // Invitees are known by their email; the name is optional when inviting.
      key: 'email',
      header: t('field.email'),
      sortField: 'email',
      cell: ({ user }) => (
        <Stack gap={0}>
          <RecordLink to={`/users/${user.id}`}>{user.email}</RecordLink>
          {user.name && (
            <Text size="xs" c="dimmed">
              {user.name}
            </Text>
          )}
          {!user.isActive && (
            <Text size="xs" c="red.8">
              {t('users.status.inactive')}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'role',
      header: t('users.role'),
      cell: ({ user }) => <EnumBadge value={user.role} styles={roleStyles} />,
    },
    {
      key: 'status',
      header: t('field.status'),
      cell: (invitation) => <EnumBadge value={invitation.status} styles={invitationStatusStyles} />,
    },
    {
      key: 'createdAt',
      header: t('invitations.invitedAt'),
      sortField: 'createdAt',
      cell: ({ user }) => format.date(user.createdAt),
    },
    {
      key: 'link',
      header: t('invitations.latestLink'),
      // Without an expiry there is no link at all (the server then reports the account's creation as sent).
      cell: ({ sentAt, invitedBy, expiresAt }) =>
        expiresAt ? (
          <Stack gap={0}>
            <Text size="sm">{t('invitations.sentAt', { time: format.dateTime(sentAt) })}</Text>
            {invitedBy && (
              <Text size="xs" c="dimmed">
                {t('invitations.sentBy', { name: invitedBy.name ?? invitedBy.email })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('links.expires', { time: format.dateTime(expiresAt) })}
            </Text>
          </Stack>
        ) : (
          t('invitations.noLink')
        ),
    },
    {
      key: 'actions',
      header: t('list.actions'),
      cell: (invitation) => (
        // Stacked, so the table still fits beside the navigation on a laptop screen.
        <Stack gap={4} align="flex-start">
          <SendFreshLinkButton invitation={invitation} />
          <WithdrawInvitationButton invitation={invitation} onWithdrawn={onWithdrawn} />
        </Stack>
      ),
    },
  ];
}
