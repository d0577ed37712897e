import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketComment, TicketDetail } from '../api/support-types';
import { useTicketComments } from '../api/useTicketComments';
import { AttachmentList } from './AttachmentList';

export type TicketThreadProps = { ticket: TicketDetail; labelledBy: string };

/**
 * The conversation as the customer sees it: their request, then the public replies, oldest first. Internal
 * notes never reach the portal: the API leaves them out for customers.
 */
export function TicketThread({ ticket, labelledBy }: TicketThreadProps) {
  const { t, format } = useI18n();
  const comments = useTicketComments(ticket.id, true);
  const replies = comments.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="sm" component="ol" aria-labelledby={labelledBy} p={0} m={0} style={{ listStyle: 'none' }}>
      <li>
        <Message
          author={ticket.requesterName ?? t('support.thread.you')}
          authorRole={t('support.thread.request')}
          date={format.dateTime(ticket.createdAt)}
          body={ticket.description ?? ''}
          fromCustomer
        />
      </li>
      {comments.isPending ? (
        <li>
          <LoadingState />
        </li>
      ) : comments.isError ? (
        <li>
          <ErrorState error={comments.error} onRetry={() => comments.refetch()} />
        </li>
      ) : (
        replies.map((comment) => (
          <li key={comment.id}>
            <Message
              author={comment.authorName}
              authorRole={t(authorRoles[comment.authorKind])}
              date={format.dateTime(comment.createdAt)}
              body={comment.body}
              fromCustomer={comment.authorKind === 'customer'}
            >
              <AttachmentList
                ticketId={ticket.id}
                attachments={comment.attachments}
                label={t('support.thread.replyFiles', { name: comment.authorName })}
              />
            </Message>
          </li>
        ))
      )}
      {comments.hasNextPage && (
        <li>
          <Button
            variant="default"
            size="xs"
            loading={comments.isFetchingNextPage}
            onClick={() => comments.fetchNextPage()}
          >
            {t('support.thread.more')}
          </Button>
        </li>
      )}
    </Stack>
  );
}

const authorRoles = {
  customer: 'support.thread.customer',
  staff: 'support.thread.staff',
  system: 'support.thread.system',
} as const satisfies Record<TicketComment['authorKind'], string>;

type MessageProps = {
  author: string;
  authorRole: string;
  date: string;
  body: string;
  fromCustomer: boolean;
  children?: ReactNode;
};

function Message({ author, authorRole, date, body, fromCustomer, children }: MessageProps) {
  return (
    <Paper
      component="article"
      aria-label={`${author}, ${date}`}
      withBorder
      radius="md"
      p="md"
      bg={fromCustomer ? undefined : 'var(--mantine-color-blue-light)'}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {author}
            </Text>
            <Badge size="xs" variant="outline" color={fromCustomer ? 'gray' : 'blue'} tt="none">
              {authorRole}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {date}
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {body}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}
