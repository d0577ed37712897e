import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LoadingState } from '@smartcrm/ui';
import { IconMailForward } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useIssueAccountLink } from '../../users/api/useIssueAccountLink';
import { AccountLinkResult } from '../../users/components/AccountLinkResult';
import type { InvitationRow } from '../api/invitation-resource';
import { useInvitationProblemMessages } from '../hooks/useInvitationProblemMessages';
import { inviteeName } from '../utils/invitation-row';

export type SendFreshLinkButtonProps = { invitation: InvitationRow };

/** Issues a new invitation link (earlier ones stop working) and shows it to pass on. */
export function SendFreshLinkButton({ invitation }: SendFreshLinkButtonProps) {
  const { t } = useI18n();
  const [opened, dialog] = useDisclosure(false);
  const issue = useIssueAccountLink(invitation.id);
  const problemMessages = useInvitationProblemMessages('send');
  const who = inviteeName(invitation.user);

  const send = () => {
    dialog.open();
    issue.mutate('invitation');
  };
  const close = () => {
    dialog.close();
    issue.reset();
  };

  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconMailForward size={14} aria-hidden />}
        // A deactivated account could not sign in with it; reactivate it first, on the account page.
        disabled={!invitation.user.isActive}
        aria-label={t('invitations.send.actionFor', { who })}
        onClick={send}
      >
        {t('invitations.send.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('invitations.send.title')}
        size="lg"
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <Stack gap="md">
          <Text size="sm">{t('invitations.send.text', { who })}</Text>
          {issue.isPending && <LoadingState />}
          {issue.isError && (
            <ProblemAlert error={issue.error} title={t('links.failed')} messages={problemMessages} />
          )}
          {issue.data && <AccountLinkResult kind="invitation" link={issue.data.link} />}
          <Group justify="flex-end">
            <Button onClick={close} disabled={issue.isPending}>
              {t('action.done')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
