import { Alert, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCircleCheck, IconUserPlus } from '@tabler/icons-react';
import { useLocation } from 'react-router';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { userResource } from '../features/users/api/user-resource';
import { InviteUserModal } from '../features/users/components/InviteUserModal';
import { UserFilters } from '../features/users/components/UserFilters';
import { useUserColumns } from '../features/users/hooks/useUserColumns';
import { useI18n } from '../i18n/useI18n';

export function UsersPage() {
  const { t } = useI18n();
  const columns = useUserColumns();
  const [inviting, invitation] = useDisclosure(false);
  const deletedUser = (useLocation().state as { deletedUser?: string } | null)?.deletedUser;

  return (
    <>
      <ResourceListView
        resource={userResource}
        title={t('users.title')}
        searchPlaceholder={t('users.search')}
        columns={columns}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={invitation.open}>
            {t('users.invite.open')}
          </Button>
        }
        banner={
          deletedUser && (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" mb="md">
              {t('users.delete.done', { who: deletedUser })}
            </Alert>
          )
        }
        renderFilters={(controls) => <UserFilters {...controls} />}
      />
      <InviteUserModal opened={inviting} onClose={invitation.close} />
    </>
  );
}
