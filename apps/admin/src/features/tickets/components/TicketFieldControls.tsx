import { Anchor, Button, Group, NativeSelect, Stack, TagsInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketDetail } from '../api/ticket-types';
import { useClientOrderChoices } from '../api/useClientOrderOptions';
import { useTicketCategories } from '../api/useTicketSettings';
import { useUpdateTicket } from '../api/useTicketWrites';
import { TicketProblemAlert } from './TicketProblemAlert';

export type TicketFieldControlProps = { ticket: TicketDetail; disabled?: boolean };

/** The ticket's category; changing it is saved at once (from the version on screen). */
export function CategoryControl({ ticket, disabled }: TicketFieldControlProps) {
  const { t } = useI18n();
  const categories = useTicketCategories();
  const update = useUpdateTicket(ticket);
  const options = categories.data ?? [];
  const listed = ticket.categoryId === null || options.some((category) => category.id === ticket.categoryId);
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('tickets.category.change')}
        value={ticket.categoryId === null ? '' : String(ticket.categoryId)}
        disabled={disabled || update.isPending}
        onChange={(event) =>
          update.mutate({ categoryId: event.currentTarget.value ? Number(event.currentTarget.value) : null })
        }
        data={[
          { value: '', label: t('tickets.noCategory') },
          ...(listed || ticket.categoryId === null
            ? []
            : [{ value: String(ticket.categoryId), label: ticket.categoryName ?? `#${ticket.categoryId}` }]),
          ...options.map((category) => ({ value: String(category.id), label: category.name })),
        ]}
      />
      {update.isError && (
        <TicketProblemAlert
          error={update.error}
          title={t('tickets.category.failed')}
          ticketId={ticket.id}
          onReloaded={update.reset}
        />
      )}
    </Stack>
  );
}

/** The order the ticket is about, one of the client's latest; changing it is saved at once. */
export function OrderControl({ ticket, disabled }: TicketFieldControlProps) {
  const { t } = useI18n();
  const orders = useClientOrderChoices(ticket.clientId);
  const update = useUpdateTicket(ticket);
  // An order older than the latest ones listed still shows as the current choice.
  const current =
    ticket.orderId === null || orders.choices.some((order) => order.value === String(ticket.orderId))
      ? []
      : [{ value: String(ticket.orderId), label: ticket.orderNumber ?? `#${ticket.orderId}` }];
  return (
    <Stack gap={4}>
      <NativeSelect
        label={t('tickets.order')}
        value={ticket.orderId === null ? '' : String(ticket.orderId)}
        disabled={disabled || update.isPending || orders.isPending}
        onChange={(event) =>
          update.mutate({ orderId: event.currentTarget.value ? Number(event.currentTarget.value) : null })
        }
        data={[{ value: '', label: t('tickets.noOrder') }, ...current, ...orders.choices]}
      />
      {ticket.orderId !== null && (
        <Anchor component={Link} to={`/orders/${ticket.orderId}`} size="xs">
          {t('tickets.order.open', { order: ticket.orderNumber ?? `#${ticket.orderId}` })}
        </Anchor>
      )}
      {update.isError && (
        <TicketProblemAlert
          error={update.error}
          title={t('tickets.order.failed')}
          ticketId={ticket.id}
          onReloaded={update.reset}
        />
      )}
    </Stack>
  );
}

/** The ticket's tags, saved together once edited. */
export function TagsControl({ ticket, disabled }: TicketFieldControlProps) {
  const { t } = useI18n();
  const update = useUpdateTicket(ticket);
  const [tags, setTags] = useState<string[]>(ticket.tags);
  // The ticket on screen moves on (a colleague, a refresh): the field follows while it is not being edited.
  useEffect(() => setTags(ticket.tags), [ticket.tags]);
  const changed = tags.join('\n') !== ticket.tags.join('\n');
  return (
    <Stack gap="xs">
      <TagsInput
        label={t('tickets.tags.edit')}
        placeholder={t('tickets.tags.placeholder')}
        value={tags}
        onChange={setTags}
        disabled={disabled}
        maxTags={20}
        clearable
      />
      {changed && (
        <Group gap="xs">
          <Button size="xs" loading={update.isPending} onClick={() => update.mutate({ tags })}>
            {t('tickets.tags.save')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setTags(ticket.tags)}>
            {t('action.discard')}
          </Button>
        </Group>
      )}
      {update.isError && (
        <TicketProblemAlert
          error={update.error}
          title={t('tickets.tags.failed')}
          ticketId={ticket.id}
          onReloaded={update.reset}
        />
      )}
    </Stack>
  );
}
