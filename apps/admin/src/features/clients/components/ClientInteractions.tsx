import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { type InteractionKind, interactionKinds } from '../api/client-types';
import { useClientInteractions } from '../api/useClientHistory';
import { interactionKindStyles } from '../utils/client-styles';
import { LogInteractionForm } from './LogInteractionForm';

export type ClientInteractionsProps = { clientId: number; canLog: boolean };

/** Logged calls, emails, meetings and notes, newest first, and the form to log another. */
export function ClientInteractions({ clientId, canLog }: ClientInteractionsProps) {
  const { t, format } = useI18n();
  const [kind, setKind] = useState<InteractionKind | null>(null);
  const interactions = useClientInteractions(clientId, kind);

  return (
    <Stack gap="md">
      {canLog && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            {t('clients.interaction.logTitle')}
          </Title>
          <LogInteractionForm clientId={clientId} />
        </Paper>
      )}
      <NativeSelect
        label={t('clients.interaction.kind')}
        value={kind ?? ''}
        onChange={(event) => setKind((event.currentTarget.value || null) as InteractionKind | null)}
        data={[
          { value: '', label: t('clients.interaction.anyKind') },
          ...interactionKinds.map((value) => ({ value, label: t(interactionKindStyles[value].label) })),
        ]}
        w={200}
      />
      {interactions.isPending ? (
        <LoadingState />
      ) : interactions.isError ? (
        <ErrorState error={interactions.error} onRetry={() => interactions.refetch()} />
      ) : (
        <InteractionList
          items={interactions.data.pages.flatMap((page) => page.items)}
          formatDate={format.dateTime}
        />
      )}
      {interactions.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={interactions.isFetchingNextPage}
            onClick={() => interactions.fetchNextPage()}
          >
            {t('clients.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

type InteractionListProps = {
  items: {
    id: number;
    kind: InteractionKind;
    subject: string;
    body: string | null;
    occurredAt: string;
    durationMinutes: number | null;
    authorName: string | null;
  }[];
  formatDate: (value: string) => string;
};

function InteractionList({ items, formatDate }: InteractionListProps) {
  const { t } = useI18n();
  if (items.length === 0) {
    return (
      <EmptyResult title={t('clients.interaction.emptyTitle')} description={t('clients.interaction.empty')} />
    );
  }
  return (
    <Stack
      component="ul"
      gap="sm"
      aria-label={t('clients.interaction.title')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {items.map((item) => {
        const author = item.authorName;
        return (
          <Paper component="li" key={item.id} withBorder radius="md" p="sm">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Group gap="xs" wrap="nowrap">
                <EnumBadge value={item.kind} styles={interactionKindStyles} />
                <Text fw={600} size="sm">
                  {item.subject}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {formatDate(item.occurredAt)}
              </Text>
            </Group>
            {item.body && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {item.body}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {[
                author ? t('clients.interaction.by', { name: author }) : null,
                item.durationMinutes !== null
                  ? t('clients.interaction.minutes', { count: item.durationMinutes })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Paper>
        );
      })}
    </Stack>
  );
}
