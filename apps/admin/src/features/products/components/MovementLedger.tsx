import { Anchor, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { CursorPager, EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { type LedgerEntry, type MovementKind, movementKinds } from '../api/product-types';
import { useProductMovements } from '../api/useProductStock';
import { movementKindStyles, signedQuantity } from '../utils/movement-kind';
import { ActorName } from './ActorName';

export type MovementLedgerProps = { productId: number };

const pageSize = 20;

/** The product's stock ledger, newest first, a page at a time, optionally of one kind of movement. */
export function MovementLedger({ productId }: MovementLedgerProps) {
  const { t, format } = useI18n();
  const [kind, setKind] = useState<MovementKind | ''>('');
  // Cursors of the pages after the first; keyset pages can only be walked one step at a time.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const query = useProductMovements(productId, {
    limit: pageSize,
    ...(cursor ? { cursor } : {}),
    ...(kind ? { kind } : {}),
  });
  const page = query.data;

  const columns: DataTableColumn<LedgerEntry>[] = [
    { key: 'when', header: t('stock.ledger.when'), cell: (row) => format.dateTime(row.createdAt) },
    {
      key: 'kind',
      header: t('stock.ledger.kind'),
      cell: (row) => <EnumBadge value={row.kind} styles={movementKindStyles} />,
    },
    {
      key: 'onHandChange',
      header: t('stock.ledger.onHandChange'),
      numeric: true,
      cell: (row) => signedQuantity(row.onHandChange),
    },
    {
      key: 'reservedChange',
      header: t('stock.ledger.reservedChange'),
      numeric: true,
      cell: (row) => signedQuantity(row.reservedChange),
    },
    { key: 'onHandAfter', header: t('stock.onHand'), numeric: true, cell: (row) => row.onHandAfter },
    { key: 'reservedAfter', header: t('stock.reserved'), numeric: true, cell: (row) => row.reservedAfter },
    {
      key: 'availableAfter',
      header: t('stock.available'),
      numeric: true,
      cell: (row) => row.onHandAfter - row.reservedAfter,
    },
    {
      key: 'reason',
      header: t('stock.reason'),
      wrap: true,
      cell: (row) =>
        row.orderId !== null ? (
          <Anchor component={Link} to={`/orders/${row.orderId}`} size="sm">
            {t('stock.ledger.order', { id: row.orderId })}
          </Anchor>
        ) : (
          (row.reason ?? t('field.none'))
        ),
    },
    {
      key: 'by',
      header: t('stock.ledger.by'),
      cell: (row) => <ActorName userId={row.createdBy} name={row.createdByName} />,
    },
  ];

  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('stock.ledger.kindFilter')}
        value={kind}
        onChange={(event) => {
          setKind(event.currentTarget.value as MovementKind | '');
          setCursors([]);
        }}
        data={[
          { value: '', label: t('stock.ledger.allKinds') },
          ...movementKinds.map((value) => ({ value, label: t(movementKindStyles[value].label) })),
        ]}
        w={220}
      />
      <Paper withBorder radius="md" p={0}>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError && !page ? (
          <Stack p="md">
            <ErrorState error={query.error} onRetry={() => query.refetch()} />
          </Stack>
        ) : page && page.items.length === 0 ? (
          <EmptyResult title={t('stock.ledger.empty')} description={t('stock.ledger.emptyHint')} />
        ) : (
          <DataTable
            caption={t('stock.ledger.title')}
            columns={columns}
            rows={page?.items ?? []}
            rowKey={(row) => row.id}
            busy={query.isFetching}
          />
        )}
      </Paper>
      {query.isError && page && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      <CursorPager
        label={t('stock.ledger.pagination')}
        pageLabel={t('list.page', { page: cursors.length + 1 })}
        previousLabel={t('list.previous')}
        nextLabel={t('list.next')}
        hasPrevious={cursors.length > 0}
        hasNext={Boolean(page?.nextCursor) && !query.isPlaceholderData}
        onPrevious={() => setCursors((stack) => stack.slice(0, -1))}
        onNext={() => {
          const next = page?.nextCursor;
          if (next) setCursors((stack) => [...stack, next]);
        }}
      />
      <Text size="xs" c="dimmed">
        {t('stock.ledger.hint')}
      </Text>
    </Stack>
  );
}
