import {
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { Client } from '@smartcrm/api-client';
import { ErrorState, LoadingState, useDebouncedSearch } from '@smartcrm/ui';
import { IconArrowsRightLeft, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { useListParams } from '../../listing/hooks/useListParams';
import { clientResource } from '../api/client-resource';
import { type ClientStage, clientStages, type PipelineColumn, type PipelineQuery } from '../api/client-types';
import { usePipeline, usePipelineColumnMore } from '../api/usePipeline';
import { useClientAccess } from '../hooks/useClientAccess';
import { clientStageStyles, clientTierStyles } from '../utils/client-styles';
import { ClientFilters } from './ClientFilters';
import { OwnerName } from './OwnerName';
import { StageChangeModal } from './StageChangeModal';

// The stage is the board's columns and archived clients are never on it: neither is a filter here.
const boardFilterKeys = ['tier', 'ownerUserId', 'tag', 'industry'] as const;
const cardsPerColumn = 10;

type Move = { client: Client; to: ClientStage };

/**
 * The pipeline as a board, a column per stage with its count. Cards move with their Move menu, which asks
 * for the reason the stage history keeps (a keyboard works as well as a mouse; nothing needs dragging).
 */
export function PipelineBoard() {
  const { t } = useI18n();
  const list = useListParams({
    sortFields: clientResource.sortFields,
    defaultSort: clientResource.defaultSort,
    filterKeys: boardFilterKeys,
  });
  const { params } = list;
  const search = useDebouncedSearch(params.q, list.setQuery);
  const searchId = useId();
  const [move, setMove] = useState<Move | null>(null);
  const query = {
    ...params.filters,
    sort: params.sort,
    limit: cardsPerColumn,
    ...(params.q.trim() ? { q: params.q.trim() } : {}),
  } as PipelineQuery;
  const pipeline = usePipeline(query);
  const filtered = Object.keys(params.filters).length > 0;

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" role="search">
        <TextInput
          id={searchId}
          type="search"
          label={t('list.search')}
          placeholder={t('clients.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search.text}
          onChange={(event) => search.setText(event.currentTarget.value)}
          style={{ flex: '1 1 240px', maxWidth: 360 }}
        />
        <ClientFilters filters={params.filters} setFilter={list.setFilter} withStage={false} />
        {filtered && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={list.clearFilters}
          >
            {t('list.clearFilters')}
          </Button>
        )}
      </Group>
      {pipeline.isPending ? (
        <LoadingState />
      ) : pipeline.isError ? (
        <ErrorState error={pipeline.error} onRetry={() => pipeline.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" aria-busy={pipeline.isFetching}>
          {clientStages.map((stage) => {
            const column = pipeline.data.stages.find((entry) => entry.stage === stage);
            return column ? (
              <StageColumn
                key={stage}
                column={column}
                query={query}
                onMove={(client, to) => setMove({ client, to })}
              />
            ) : null;
          })}
        </SimpleGrid>
      )}
      <StageChangeModal client={move?.client ?? null} target={move?.to} onClose={() => setMove(null)} />
    </Stack>
  );
}

type StageColumnProps = {
  column: PipelineColumn;
  query: PipelineQuery;
  onMove: (client: Client, to: ClientStage) => void;
};

function StageColumn({ column, query, onMove }: StageColumnProps) {
  const { t } = useI18n();
  const headingId = useId();
  const [wantMore, setWantMore] = useState(false);
  const more = usePipelineColumnMore({
    stage: column.stage,
    query,
    after: column.nextCursor,
    enabled: wantMore,
  });
  const extra = more.data?.pages.flatMap((page) => page.items) ?? [];
  const cards = [
    ...column.items,
    ...extra.filter((client) => !column.items.some((shown) => shown.id === client.id)),
  ];
  const hasMore = wantMore ? more.hasNextPage : column.nextCursor !== null;
  const label = t(clientStageStyles[column.stage].label);

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p="sm"
      bg="gray.0"
      data-stage={column.stage}
    >
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {label}
        </Title>
        <Badge variant="light" color={clientStageStyles[column.stage].color} data-testid="stage-count">
          <span aria-hidden>{column.count}</span>
          <VisuallyHidden>{t('pipeline.count', { count: column.count })}</VisuallyHidden>
        </Badge>
      </Group>
      {cards.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pipeline.emptyColumn')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {cards.map((client) => (
            <PipelineCard key={client.id} client={client} onMove={onMove} />
          ))}
        </Stack>
      )}
      {hasMore && (
        <Button
          mt="sm"
          fullWidth
          variant="subtle"
          size="xs"
          loading={more.isFetching}
          onClick={() => (wantMore ? more.fetchNextPage() : setWantMore(true))}
        >
          {t('pipeline.more', { stage: label })}
        </Button>
      )}
    </Paper>
  );
}

function PipelineCard({
  client,
  onMove,
}: {
  client: Client;
  onMove: (client: Client, to: ClientStage) => void;
}) {
  const { t } = useI18n();
  const { canChange } = useClientAccess();
  return (
    <Paper component="li" withBorder radius="sm" p="xs" aria-label={client.companyName}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/clients/${client.id}`} fw={600} size="sm">
          {client.companyName}
        </Anchor>
        <Group gap={6}>
          <EnumBadge value={client.tier} styles={clientTierStyles} />
        </Group>
        <Text size="xs" c="dimmed">
          <OwnerName userId={client.ownerUserId} name={client.ownerName} />
          {client.industry ? ` · ${client.industry}` : ''}
        </Text>
        {canChange(client) && (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconArrowsRightLeft size={14} aria-hidden />}
                aria-label={t('pipeline.moveNamed', { name: client.companyName })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('pipeline.moveCard')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {clientStages
                .filter((stage) => stage !== client.stage)
                .map((stage) => (
                  <Menu.Item key={stage} onClick={() => onMove(client, stage)}>
                    {t('pipeline.moveTo', { stage: t(clientStageStyles[stage].label) })}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Stack>
    </Paper>
  );
}
