import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconLock } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketComment } from '../api/ticket-types';
import { useTicketComments } from '../api/useTicket';
import { AttachmentLinks } from './TicketAttachments';

export type TicketThreadProps = { ticketId: number };

/** The conversation, oldest first: customer and staff replies, and internal notes on yellow. */
export function TicketThread({ ticketId }: TicketThreadProps) {
  const { t } = useI18n();
  const comments = useTicketComments(ticketId);
  if (comments.isPending) return <LoadingState />;
  if (comments.isError) return <ErrorState error={comments.error} onRetry={() => comments.refetch()} />;
  const items = comments.data.pages.flatMap((page) => page.items);
  if (items.length === 0)
    return <EmptyResult title={t('tickets.thread.title')} description={t('tickets.thread.empty')} />;
  return (
    <Stack
      gap="sm"
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('tickets.thread.title')}
    >
      {items.map((comment) => (
        <li key={comment.id}>
          <CommentCard ticketId={ticketId} comment={comment} />
        </li>
      ))}
      {comments.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={comments.isFetchingNextPage}
            onClick={() => comments.fetchNextPage()}
          >
            {t('tickets.thread.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

type CommentCardProps = { ticketId: number; comment: TicketComment };

function CommentCard({ ticketId, comment }: CommentCardProps) {
  const { t, format } = useI18n();
  const internal = comment.visibility === 'internal';
  const customer = comment.authorKind === 'customer';
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="sm"
      aria-label={internal ? t('tickets.thread.internal') : comment.authorName}
      data-visibility={comment.visibility}
      bg={
        internal
          ? 'var(--mantine-color-yellow-0)'
          : customer
            ? 'var(--mantine-color-body)'
            : 'var(--mantine-color-blue-light)'
      }
      style={{
        borderColor: internal ? 'var(--mantine-color-yellow-5)' : undefined,
        marginLeft: customer ? 0 : 'var(--mantine-spacing-xl)',
        marginRight: customer ? 'var(--mantine-spacing-xl)' : 0,
      }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text size="sm" fw={600} c={internal ? 'dark.7' : undefined}>
              {comment.authorName}
            </Text>
            {internal ? (
              <Badge
                color="yellow"
                variant="filled"
                c="dark.7"
                tt="none"
                leftSection={<IconLock size={12} aria-hidden />}
              >
                {t('tickets.thread.internal')}
              </Badge>
            ) : (
              <Badge color={customer ? 'gray' : 'blue'} variant="light" tt="none">
                {t(
                  customer
                    ? 'tickets.thread.customer'
                    : comment.authorKind === 'system'
                      ? 'tickets.thread.system'
                      : 'tickets.thread.staff',
                )}
              </Badge>
            )}
          </Group>
          <Text size="xs" c={internal ? 'dark.5' : 'dimmed'}>
            {format.dateTime(comment.createdAt)}
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={internal ? 'dark.7' : undefined}>
          {comment.body}
        </Text>
        {comment.attachments.length > 0 && (
          <AttachmentLinks ticketId={ticketId} attachments={comment.attachments} />
        )}
      </Stack>
    </Paper>
  );
}
