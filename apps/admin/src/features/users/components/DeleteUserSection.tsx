import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ManagedUser } from '@smartcrm/api-client';
import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDeleteUser } from '../api/useDeleteUser';
import { useUserProblemMessages } from '../hooks/useUserProblemMessages';

export type DeleteUserSectionProps = { user: ManagedUser; isSelf: boolean };

/** Deleting asks first: it cannot be undone. Afterwards the list says what happened. */
export function DeleteUserSection({ user, isSelf }: DeleteUserSectionProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const remove = useDeleteUser(user.id);
  const problemMessages = useUserProblemMessages();
  const who = user.name ? `${user.name} (${user.email})` : user.email;

  const close = () => {
    dialog.close();
    remove.reset();
  };
  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () => navigate('/users', { state: { deletedUser: who } }),
    });

  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">{isSelf ? t('users.delete.selfHint') : t('users.delete.hint')}</Text>
      <Button
        color="red"
        variant="outline"
        leftSection={<IconTrash size={16} aria-hidden />}
        disabled={isSelf}
        onClick={dialog.open}
      >
        {t('users.delete.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('users.delete.confirmTitle')}
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text size="sm">{t('users.delete.confirmText', { who })}</Text>
          {remove.isError && (
            <ProblemAlert error={remove.error} title={t('users.delete.failed')} messages={problemMessages} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={confirm}>
              {t('users.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
