import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { SettingsProblem } from './SettingsProblem';

export type DeleteSettingModalProps = {
  /** The name of what would be deleted; the modal is open while there is one. */
  name: string | null;
  title: string;
  text: string;
  failedTitle: string;
  mutation: { isPending: boolean; isError: boolean; error: unknown; reset: () => void };
  onConfirm: (done: () => void) => void;
  onClose: () => void;
};

/** Asks before deleting a queue, category, policy or calendar; the server says what still depends on it. */
export function DeleteSettingModal({
  name,
  title,
  text,
  failedTitle,
  mutation,
  onConfirm,
  onClose,
}: DeleteSettingModalProps) {
  const { t } = useI18n();
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Modal
      opened={name !== null}
      onClose={close}
      title={title}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(close);
        }}
      >
        <Stack gap="md">
          <Text size="sm">{text}</Text>
          {mutation.isError && <SettingsProblem error={mutation.error} title={failedTitle} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending} data-autofocus>
              {t('supportSettings.delete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
