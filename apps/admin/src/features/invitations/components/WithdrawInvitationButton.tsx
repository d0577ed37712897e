import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMailX } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { InvitationRow } from '../api/invitation-resource';
import { useWithdrawInvitation } from '../api/useWithdrawInvitation';
import { useInvitationProblemMessages } from '../hooks/useInvitationProblemMessages';
import { inviteeName } from '../utils/invitation-row';

export type WithdrawInvitationButtonProps = {
  invitation: InvitationRow;
  /** Called with the person's name once the invitation is gone (and with it this row). */
  onWithdrawn: (who: string) => void;
};

/** Withdrawing asks first: the account waiting for the invitation is removed. */
export function WithdrawInvitationButton({ invitation, onWithdrawn }: WithdrawInvitationButtonProps) {
  const { t } = useI18n();
  const [opened, dialog] = useDisclosure(false);
  const withdraw = useWithdrawInvitation(invitation.id);
  const problemMessages = useInvitationProblemMessages('withdraw');
  const who = inviteeName(invitation.user);

  const close = () => {
    dialog.close();
    withdraw.reset();
  };
  const confirm = () =>
    withdraw.mutate(undefined, {
      onSuccess: () => {
        close();
        onWithdrawn(who);
      },
    });

  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconMailX size={14} aria-hidden />}
        aria-label={t('invitations.withdraw.actionFor', { who })}
        onClick={dialog.open}
      >
        {t('invitations.withdraw.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('invitations.withdraw.confirmTitle')}
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text size="sm">{t('invitations.withdraw.confirmText', { who })}</Text>
          {withdraw.isError && (
            <ProblemAlert
              error={withdraw.error}
              title={t('invitations.withdraw.failed')}
              messages={problemMessages}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button color="red" loading={withdraw.isPending} onClick={confirm}>
              {t('invitations.withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
