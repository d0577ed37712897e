import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { type ClientContact, type ContactChanges, clientQueryKeys, type NewContact } from './client-types';

/** A client's contacts, primary first. */
export function useClientContacts(clientId: number) {
  return useQuery({
    queryKey: clientQueryKeys.contacts(clientId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/clients/{id}/contacts', { params: { path: { id: clientId } }, signal })),
    select: (page) => page.items,
  });
}

// Making one contact primary demotes another, so the whole list is read again after any write.
function useContactWrite<Input, Output>(clientId: number, write: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => queryClient.invalidateQueries({ queryKey: clientQueryKeys.contacts(clientId) }),
  });
}

export function useCreateContact(clientId: number) {
  return useContactWrite(clientId, (body: NewContact) =>
    unwrap(api.POST('/api/clients/{id}/contacts', { params: { path: { id: clientId } }, body })),
  );
}

export type ContactUpdate = { contact: Pick<ClientContact, 'id' | 'version'>; changes: ContactChanges };

export function useUpdateContact(clientId: number) {
  return useContactWrite(clientId, ({ contact, changes }: ContactUpdate) =>
    unwrap(
      api.PATCH('/api/clients/{id}/contacts/{contactId}', {
        params: { path: { id: clientId, contactId: contact.id } },
        body: changes,
        headers: ifMatch(contact.version),
      }),
    ),
  );
}

export function useDeleteContact(clientId: number) {
  return useContactWrite(clientId, async (contact: Pick<ClientContact, 'id' | 'version'>) => {
    await api.DELETE('/api/clients/{id}/contacts/{contactId}', {
      params: { path: { id: clientId, contactId: contact.id } },
      headers: ifMatch(contact.version),
    });
  });
}
