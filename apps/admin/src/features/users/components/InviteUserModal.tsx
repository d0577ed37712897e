import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { UserInvitation } from '@smartcrm/api-client';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { AccountLinkResult } from './AccountLinkResult';
import { InviteUserForm } from './InviteUserForm';

export type InviteUserModalProps = { opened: boolean; onClose: () => void };

/** Invite a person, then hand over their invitation link. */
export function InviteUserModal({ opened, onClose }: InviteUserModalProps) {
  const { t } = useI18n();
  const [result, setResult] = useState<UserInvitation | null>(null);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      // The result is dropped once the dialog has gone, so the form does not flash up again while it fades out.
      onExitTransitionEnd={() => setResult(null)}
      title={result ? t('users.invite.doneTitle') : t('users.invite.title')}
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {result ? (
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            <Text size="sm">{t('users.invite.done', { email: result.user.email })}</Text>
          </Alert>
          <AccountLinkResult kind="invitation" link={result.invitation} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={`/users/${result.user.id}`} onClick={onClose}>
              {t('users.invite.openUser')}
            </Button>
            <Button variant="default" onClick={() => setResult(null)}>
              {t('users.invite.another')}
            </Button>
            <Button onClick={onClose}>{t('action.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <InviteUserForm onInvited={setResult} onCancel={onClose} />
      )}
    </Modal>
  );
}
