import { Button, Group, NativeSelect, Paper, Stack, Tabs } from '@mantine/core';
import { CursorPager, EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowUp } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ListToolbar } from '../../listing/components/ListToolbar';
import { parseSort } from '../../listing/utils/sort';
import { useTicketInbox } from '../api/useTicketInbox';
import { useTicketQueues } from '../api/useTicketSettings';
import { useInboxParams } from '../hooks/useInboxParams';
import { useNewArrivals } from '../hooks/useNewArrivals';
import { useNow } from '../hooks/useNow';
import { type InboxView, inboxViews } from '../utils/inbox-view';
import { BulkActionBar } from './BulkActionBar';
import { TicketFilters } from './TicketFilters';
import { TicketInboxTable } from './TicketInboxTable';

export type TicketInboxProps = {
  /** People who work tickets get the views, bulk actions and the queue picker; others see all tickets. */
  canWork: boolean;
};

const viewLabels = {
  mine: 'tickets.view.mine',
  unassigned: 'tickets.view.unassigned',
  breaching: 'tickets.view.breaching',
  all: 'tickets.view.all',
  queue: 'tickets.view.queue',
} as const satisfies Record<InboxView, string>;

/** The agent inbox: views, filters and a live table of tickets with bulk actions. */
export function TicketInbox({ canWork }: TicketInboxProps) {
  const { t } = useI18n();
  const inbox = useInboxParams(canWork ? 'mine' : 'all');
  const { params, view, query } = inbox;
  const list = useTicketInbox(query);
  const queues = useTicketQueues(canWork);
  const now = useNow();
  const page = list.data;
  const fresh = list.isPlaceholderData ? undefined : page?.items;
  const arrivals = useNewArrivals(JSON.stringify(query), fresh);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  // A selection belongs to the view it was made in; another view starts with none.
  const [selectionView, setSelectionView] = useState(view);
  if (selectionView !== view) {
    setSelectionView(view);
    setSelected(new Set());
  }

  const select = useCallback((ids: number[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const showNew = () => {
    arrivals.acknowledge();
    document.getElementById('main-content')?.scrollTo({ top: 0, behavior: 'smooth' });
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  // Each view has its own default order on the server; the Updated column shows it only where it applies.
  const shownSort = inbox.sortChosen
    ? parseSort(params.sort)
    : view === 'unassigned' || view === 'breaching'
      ? undefined
      : parseSort('-updatedAt');

  const emptyDescription = params.q
    ? t('list.emptySearch', { q: params.q })
    : inbox.filtered
      ? t('list.emptyFiltered')
      : t('list.emptyNone');

  return (
    <Stack gap={0}>
      {canWork && (
        <Group align="flex-end" gap="md" mb="md" wrap="wrap">
          <Tabs
            value={view}
            onChange={(next) => next && inbox.setView(next as InboxView, inbox.queueId)}
            variant="pills"
            activateTabWithKeyboard
          >
            <Tabs.List aria-label={t('tickets.view.label')}>
              {inboxViews.map((value) => (
                <Tabs.Tab key={value} value={value}>
                  {t(viewLabels[value])}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
          {view === 'queue' && (
            <NativeSelect
              label={t('tickets.queue')}
              value={inbox.queueId === null ? '' : String(inbox.queueId)}
              onChange={(event) =>
                inbox.setView('queue', event.currentTarget.value ? Number(event.currentTarget.value) : null)
              }
              data={[
                { value: '', label: t('tickets.view.pickQueue') },
                ...(queues.data ?? []).map((queue) => ({ value: String(queue.id), label: queue.name })),
              ]}
              w={220}
            />
          )}
        </Group>
      )}
      <ListToolbar
        query={params.q}
        searchPlaceholder={t('tickets.search')}
        limit={params.limit}
        onQueryChange={inbox.setQuery}
        onLimitChange={inbox.setLimit}
        filters={
          <TicketFilters
            filters={params.filters}
            setFilter={inbox.setFilter}
            withAssignee={view !== 'mine' && view !== 'unassigned'}
          />
        }
        onClearFilters={inbox.filtered ? inbox.clearFilters : undefined}
      />
      {canWork && (
        <BulkActionBar
          selectedIds={[...selected]}
          onClear={() => setSelected(new Set())}
          onDone={(changed) => select(changed, false)}
        />
      )}
      {arrivals.count > 0 && (
        <Group justify="center" mb="xs">
          <Button
            size="compact-sm"
            variant="light"
            radius="xl"
            leftSection={<IconArrowUp size={14} aria-hidden />}
            onClick={showNew}
            aria-live="polite"
          >
            {arrivals.count === 1
              ? t('tickets.list.newArrivalsOne')
              : t('tickets.list.newArrivalsMany', { count: arrivals.count })}
          </Button>
        </Group>
      )}
      <Paper withBorder radius="md" p={0} mb="md">
        {query === null ? (
          <EmptyResult
            title={t('tickets.view.pickQueue')}
            description={
              queues.data && queues.data.length === 0
                ? t('tickets.view.noQueues')
                : t('tickets.view.pickQueueHint')
            }
          />
        ) : list.isPending ? (
          <LoadingState />
        ) : list.isError && !page ? (
          <Stack p="md">
            <ErrorState error={list.error} onRetry={() => list.refetch()} />
          </Stack>
        ) : page && page.items.length === 0 ? (
          <EmptyResult title={t('list.empty')} description={emptyDescription} />
        ) : (
          <TicketInboxTable
            caption={t(viewLabels[view])}
            tickets={page?.items ?? []}
            now={now}
            arrived={arrivals.arrived}
            sort={shownSort}
            onSort={view === 'breaching' ? undefined : inbox.toggleSort}
            selection={canWork ? { selected, onChange: select } : undefined}
            busy={list.isFetching}
          />
        )}
      </Paper>
      {list.isError && page && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
      {query !== null && (
        <CursorPager
          label={t('list.pagination')}
          pageLabel={t('list.page', { page: params.cursors.length + 1 })}
          previousLabel={t('list.previous')}
          nextLabel={t('list.next')}
          hasPrevious={params.cursors.length > 0}
          hasNext={Boolean(page?.nextCursor) && !list.isPlaceholderData}
          onPrevious={inbox.goPrevious}
          onNext={() => page?.nextCursor && inbox.goNext(page.nextCursor)}
        />
      )}
    </Stack>
  );
}
