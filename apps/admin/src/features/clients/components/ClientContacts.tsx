import { ActionIcon, Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { Client } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconPencil, IconPlus, IconStar, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { ClientContact } from '../api/client-types';
import { useClientContacts, useDeleteContact, useUpdateContact } from '../api/useClientContacts';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';
import { ClientCommandModal } from './ClientCommandModal';
import { ContactModal } from './ContactModal';

export type ClientContactsProps = { client: Client; canEdit: boolean };

/** The people at the client, the primary one first; staff who may change the client add and edit them. */
export function ClientContacts({ client, canEdit }: ClientContactsProps) {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  const contacts = useClientContacts(client.id);
  const makePrimary = useUpdateContact(client.id);
  const remove = useDeleteContact(client.id);
  const [editing, setEditing] = useState<ClientContact | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ClientContact | null>(null);
  const none = t('field.none');

  if (contacts.isPending) return <LoadingState />;
  if (contacts.isError) return <ErrorState error={contacts.error} onRetry={() => contacts.refetch()} />;

  return (
    <Stack gap="md">
      {canEdit && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('clients.contacts.add')}
          </Button>
        </Group>
      )}
      {makePrimary.isError && (
        <ProblemAlert error={makePrimary.error} title={t('clients.contacts.failed')} messages={messages} />
      )}
      {contacts.data.length === 0 ? (
        <EmptyResult title={t('clients.contacts.emptyTitle')} description={t('clients.contacts.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('clients.contacts.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.personName')}</Table.Th>
                <Table.Th>{t('clients.contacts.jobTitle')}</Table.Th>
                <Table.Th>{t('field.email')}</Table.Th>
                <Table.Th>{t('clients.phone')}</Table.Th>
                {canEdit && <Table.Th>{t('list.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.data.map((contact) => (
                <Table.Tr key={contact.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {contact.name}
                      </Text>
                      {contact.isPrimary && (
                        <Badge size="sm" variant="light" color="yellow" tt="none">
                          {t('clients.contacts.primaryBadge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{contact.jobTitle ?? none}</Table.Td>
                  <Table.Td>
                    {contact.email ? <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor> : none}
                  </Table.Td>
                  <Table.Td>
                    {contact.phone ? <Anchor href={`tel:${contact.phone}`}>{contact.phone}</Anchor> : none}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {!contact.isPrimary && (
                          <Tooltip label={t('clients.contacts.makePrimary')} withArrow>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('clients.contacts.makePrimaryNamed', { name: contact.name })}
                              loading={
                                makePrimary.isPending && makePrimary.variables?.contact.id === contact.id
                              }
                              onClick={() => makePrimary.mutate({ contact, changes: { isPrimary: true } })}
                            >
                              <IconStar size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        )}
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('clients.contacts.editNamed', { name: contact.name })}
                          onClick={() => setEditing(contact)}
                        >
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('clients.contacts.removeNamed', { name: contact.name })}
                          onClick={() => setRemoving(contact)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ContactModal
        clientId={client.id}
        opened={adding || editing !== null}
        contact={editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      <ClientCommandModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('clients.contacts.removeTitle')}
        text={t('clients.contacts.removeText', { name: removing?.name ?? '' })}
        submitLabel={t('clients.contacts.remove')}
        failedTitle={t('clients.contacts.failed')}
        danger
        mutation={remove}
        run={(_, done) => removing && remove.mutate(removing, { onSuccess: done })}
      />
    </Stack>
  );
}
