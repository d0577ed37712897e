import { Stack, Tabs } from '@mantine/core';
import type { Client } from '@smartcrm/api-client';
import { LoadingState } from '@smartcrm/ui';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import { useUpdateSearch } from '../../listing/hooks/useUpdateSearch';
import { useCustomFields } from '../api/useCustomFields';
import { useClientAccess } from '../hooks/useClientAccess';
import { ClientContacts } from './ClientContacts';
import { ClientDuplicates } from './ClientDuplicates';
import { ClientEditForm } from './ClientEditForm';
import { ClientHeader } from './ClientHeader';
import { ClientInteractions } from './ClientInteractions';
import { ClientOrders } from './ClientOrders';
import { ClientSatisfaction } from './ClientSatisfaction';
import { ClientSummary } from './ClientSummary';
import { ClientTickets } from './ClientTickets';
import { ClientTimeline } from './ClientTimeline';

export type Client360Props = {
  client: Client;
  /** The client's tasks, from the tasks feature. */
  tasks: ReactNode;
};

const tabs = [
  'timeline',
  'contacts',
  'interactions',
  'tasks',
  'orders',
  'tickets',
  'satisfaction',
  'details',
  'duplicates',
] as const;
type Tab = (typeof tabs)[number];
const tabLabels: Record<Tab, MessageKey> = {
  timeline: 'clients.tab.timeline',
  contacts: 'clients.tab.contacts',
  interactions: 'clients.tab.interactions',
  tasks: 'clients.tab.tasks',
  orders: 'clients.tab.orders',
  tickets: 'clients.tab.tickets',
  satisfaction: 'clients.tab.satisfaction',
  details: 'clients.tab.details',
  duplicates: 'clients.tab.duplicates',
};

/** The client 360° page: who they are, everything that happened, and everything to do with them. */
export function Client360({ client, tasks }: Client360Props) {
  const { t } = useI18n();
  const { access, canChange } = useClientAccess();
  const definitions = useCustomFields();
  const [search] = useSearchParams();
  const updateSearch = useUpdateSearch();
  // The edit form is mounted afresh for each version; its "saved" notice lives here to outlast that.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const archived = client.archivedAt !== null;
  const editable = canChange(client) && !archived;
  const visible = tabs.filter(
    (tab) =>
      (tab !== 'interactions' || access.logInteractions) &&
      (tab !== 'tasks' || access.tasks) &&
      (tab !== 'duplicates' || access.write),
  );
  const requested = search.get('tab') as Tab | null;
  const tab: Tab = requested && visible.includes(requested) ? requested : 'timeline';

  return (
    <Stack gap="md">
      <ClientHeader client={client} />
      <ClientSummary client={client} />
      <Tabs
        value={tab}
        onChange={(next) =>
          updateSearch(
            (params) => {
              if (next && next !== 'timeline') params.set('tab', next);
              else params.delete('tab');
              return params;
            },
            { replace: true },
          )
        }
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List>
          {visible.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(tabLabels[value])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <ClientTimeline clientId={client.id} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <ClientContacts client={client} canEdit={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="interactions" pt="md">
          <ClientInteractions clientId={client.id} canLog={access.logInteractions && !archived} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          {tasks}
        </Tabs.Panel>
        <Tabs.Panel value="orders" pt="md">
          <ClientOrders clientId={client.id} />
        </Tabs.Panel>
        <Tabs.Panel value="tickets" pt="md">
          <ClientTickets clientId={client.id} />
        </Tabs.Panel>
        <Tabs.Panel value="satisfaction" pt="md">
          <ClientSatisfaction clientId={client.id} canRecord={access.recordSatisfaction} />
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="md">
          {definitions.isPending ? (
            <LoadingState />
          ) : (
            <ClientEditForm
              key={client.version}
              client={client}
              definitions={definitions.data ?? []}
              disabled={!editable}
              saved={savedVersion === client.version}
              onSavedChange={setSavedVersion}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="duplicates" pt="md">
          <ClientDuplicates client={client} canMerge={access.manage && !archived} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
