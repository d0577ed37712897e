import { Button, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconArrowMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketDetail } from '../api/ticket-types';
import { useTicketSearch } from '../api/useTicketInbox';
import { useMergeTicket } from '../api/useTicketWrites';
import { TicketProblemAlert } from './TicketProblemAlert';

export type MergeTicketButtonProps = { ticket: TicketDetail };

/**
 * Merges a duplicate into another ticket of the same client, found by number or title. The duplicate is
 * closed; its public thread lands on the ticket that stays, which opens next.
 */
export function MergeTicketButton({ ticket }: MergeTicketButtonProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const merge = useMergeTicket(ticket);
  const candidates = useTicketSearch(ticket.clientId, debounced, ticket.id);

  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconArrowMerge size={14} aria-hidden />}
        onClick={() => {
          merge.reset();
          modal.open();
        }}
      >
        {t('tickets.merge.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={modal.close}
        title={t('tickets.merge.title', { id: ticket.id })}
        size="lg"
      >
        {opened && (
          <Stack gap="sm">
            <Text size="sm">{t('tickets.merge.description', { client: ticket.clientName })}</Text>
            {merge.isError && (
              <TicketProblemAlert
                error={merge.error}
                title={t('tickets.merge.failed')}
                ticketId={ticket.id}
              />
            )}
            <TextInput
              label={t('tickets.merge.search')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              rightSection={candidates.isFetching ? <Loader size={14} aria-hidden /> : undefined}
              data-autofocus
            />
            {candidates.data && candidates.data.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('tickets.merge.none')}
              </Text>
            ) : (
              <Stack gap={6}>
                {(candidates.data ?? []).map((candidate) => (
                  <Button
                    key={candidate.id}
                    variant="light"
                    justify="flex-start"
                    loading={merge.isPending && merge.variables === candidate.id}
                    onClick={() =>
                      merge.mutate(candidate.id, {
                        onSuccess: (target) => {
                          modal.close();
                          navigate(`/tickets/${target.id}`);
                        },
                      })
                    }
                  >
                    {t('tickets.merge.choose', { id: candidate.id, title: candidate.title })}
                  </Button>
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </Modal>
    </>
  );
}
