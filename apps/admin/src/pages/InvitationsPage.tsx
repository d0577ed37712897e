import { Alert, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCircleCheck, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { invitationResource } from '../features/invitations/api/invitation-resource';
import { InvitationFilters } from '../features/invitations/components/InvitationFilters';
import { useInvitationColumns } from '../features/invitations/hooks/useInvitationColumns';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { InviteUserModal } from '../features/users/components/InviteUserModal';
import { useI18n } from '../i18n/useI18n';

export function InvitationsPage() {
  const { t } = useI18n();
  const [inviting, invitation] = useDisclosure(false);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const columns = useInvitationColumns({ onWithdrawn: setWithdrawn });

  return (
    <>
      <ResourceListView
        resource={invitationResource}
        title={t('invitations.title')}
        columns={columns}
        actions={
          <Button
            leftSection={<IconUserPlus size={18} aria-hidden />}
            onClick={() => {
              setWithdrawn(null);
              invitation.open();
            }}
          >
            {t('users.invite.open')}
          </Button>
        }
        banner={
          withdrawn && (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" mb="md">
              {t('invitations.withdraw.done', { who: withdrawn })}
            </Alert>
          )
        }
        renderFilters={(controls) => <InvitationFilters {...controls} />}
        // Rows carry their own actions; the person's name links to the account.
        rowPath={null}
      />
      <InviteUserModal opened={inviting} onClose={invitation.close} />
    </>
  );
}
