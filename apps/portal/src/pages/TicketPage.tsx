import { Anchor, Container, Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { isApiProblem } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useLocation, useParams } from 'react-router';
import { useMyTicket } from '../features/support/api/useMyTicket';
import { MyTicketDetail } from '../features/support/components/MyTicketDetail';
import { isTicketCreatedState } from '../features/support/utils/ticket-page-state';
import { useI18n } from '../i18n/useI18n';

/** One of the signed-in customer's tickets; the router wraps it in RequireSession. */
export function TicketPage() {
  const { t } = useI18n();
  const { id: idParam } = useParams();
  const location = useLocation();
  const id = idParam && /^\d{1,10}$/.test(idParam) ? Number(idParam) : Number.NaN;
  const query = useMyTicket(id);
  useDocumentTitle(`${t('support.ticket.title', { id: idParam ?? '' })} · Smart CRM Suite`);
  // The API answers another company's ticket as if it did not exist.
  const notFound = Number.isNaN(id) || (isApiProblem(query.error) && query.error.status === 404);
  const justCreated = isTicketCreatedState(location.state) ? location.state : null;

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <Group>
          <Anchor component={Link} to="/account" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={16} aria-hidden />
              {t('support.ticket.back')}
            </Group>
          </Anchor>
        </Group>
        {notFound ? (
          <EmptyResult title={t('support.ticket.notFoundTitle')} description={t('support.ticket.notFound')} />
        ) : query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        ) : (
          <MyTicketDetail ticket={query.data} justCreated={justCreated} />
        )}
      </Stack>
    </Container>
  );
}
