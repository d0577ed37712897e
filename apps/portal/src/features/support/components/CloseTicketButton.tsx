import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCircleX } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { errorMessage } from '../../auth/utils/error-message';
import { useCloseTicket } from '../api/useCloseTicket';

export type CloseTicketButtonProps = { ticketId: number };

/** Closes the ticket after the customer confirms: a closed ticket takes no more replies. */
export function CloseTicketButton({ ticketId }: CloseTicketButtonProps) {
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  const closeTicket = useCloseTicket(ticketId);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconCircleX size={18} aria-hidden />}
        onClick={() => {
          closeTicket.reset();
          open();
        }}
      >
        {t('support.close.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('support.close.title')} centered>
        <Stack gap="md">
          <Text size="sm">{t('support.close.text')}</Text>
          {closeTicket.error && (
            <FormAlert title={t('support.close.failed')}>{errorMessage(closeTicket.error, t)}</FormAlert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('support.close.cancel')}
            </Button>
            <Button
              color="red"
              loading={closeTicket.isPending}
              onClick={() => closeTicket.mutate(undefined, { onSuccess: close })}
            >
              {t('support.close.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
