import { Stack } from '@mantine/core';
import { useSession } from '../features/auth/hooks/useSession';
import { NewTicketButton } from '../features/tickets/components/NewTicketButton';
import { TicketInbox } from '../features/tickets/components/TicketInbox';
import { canWorkTickets } from '../features/tickets/utils/ticket-permissions';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export function TicketsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const canWork = canWorkTickets(session?.user.role);
  return (
    <Stack gap={0}>
      <PageHeader title={t('tickets.title')} actions={<NewTicketButton />} />
      <TicketInbox canWork={canWork} />
    </Stack>
  );
}
