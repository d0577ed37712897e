import { Anchor, Group, Stack } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { useTicket } from '../features/tickets/api/useTicket';
import { TicketWorkspace } from '../features/tickets/components/TicketWorkspace';
import { canWorkTickets } from '../features/tickets/utils/ticket-permissions';
import { useI18n } from '../i18n/useI18n';

export function TicketDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  const { session } = useSession();
  const ticket = useTicket(id);
  const notFound = !Number.isInteger(id) || (isApiProblem(ticket.error) && ticket.error.status === 404);

  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to="/tickets" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('tickets.back')}
          </Group>
        </Anchor>
      </Group>
      {notFound ? (
        <EmptyResult title={t('state.notFoundTitle')} description={t('tickets.notFound')} />
      ) : ticket.isPending ? (
        <LoadingState />
      ) : ticket.isError && !ticket.data ? (
        <ErrorState error={ticket.error} onRetry={() => ticket.refetch()} />
      ) : (
        <TicketWorkspace ticket={ticket.data} canWork={canWorkTickets(session?.user.role)} />
      )}
    </Stack>
  );
}
