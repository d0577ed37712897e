import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { NewTicketForm } from './NewTicketForm';

/** Opens the new-ticket form; the new ticket's page opens once it is created. */
export function NewTicketButton() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={modal.open}>
        {t('tickets.new.button')}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={t('tickets.new.title')} size="lg">
        <NewTicketForm
          onCancel={modal.close}
          onCreated={(ticket) => {
            modal.close();
            navigate(`/tickets/${ticket.id}`);
          }}
        />
      </Modal>
    </>
  );
}
