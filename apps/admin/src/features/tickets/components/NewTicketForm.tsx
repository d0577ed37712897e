import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useClientContacts } from '../../clients/api/useClientContacts';
import { ClientPicker } from '../../clients/components/ClientPicker';
import { useServerFieldErrors } from '../../clients/hooks/useServerFieldErrors';
import {
  type NewTicket,
  type TicketChannel,
  type TicketDetail,
  type TicketPriority,
  ticketChannels,
  ticketPriorities,
} from '../api/ticket-types';
import { useClientOrderChoices } from '../api/useClientOrderOptions';
import { useTicketCategories } from '../api/useTicketSettings';
import { useCreateTicket } from '../api/useTicketWrites';
import { useTicketProblemMessages } from '../hooks/useTicketProblemMessages';
import { ticketChannelLabels, ticketPriorityStyles } from '../utils/ticket-styles';

export type NewTicketFormProps = {
  onCreated: (ticket: TicketDetail) => void;
  onCancel: () => void;
};

type Values = {
  clientId: number | null;
  requesterContactId: string;
  channel: TicketChannel;
  categoryId: string;
  orderId: string;
  title: string;
  description: string;
  priority: TicketPriority | '';
  priorityReason: string;
};

const initialValues: Values = {
  clientId: null,
  requesterContactId: '',
  channel: 'phone',
  categoryId: '',
  orderId: '',
  title: '',
  description: '',
  priority: '',
  priorityReason: '',
};

/** A ticket staff open for a client (a call, an email): priority by the rules unless set here, with a reason. */
export function NewTicketForm({ onCreated, onCancel }: NewTicketFormProps) {
  const { t } = useI18n();
  const messages = useTicketProblemMessages();
  const create = useCreateTicket();
  const categories = useTicketCategories();
  const form = useForm<Values>({
    initialValues,
    validate: {
      clientId: (value) => (value === null ? t('tickets.new.clientRequired') : null),
      title: (value) => (value.trim() ? null : t('tickets.new.titleRequired')),
      description: (value) => (value.trim() ? null : t('tickets.new.descriptionRequired')),
      priorityReason: (value, values) =>
        values.priority && !value.trim() ? t('tickets.new.priorityReasonRequired') : null,
    },
  });
  useServerFieldErrors(form, create.error);
  const clientId = form.values.clientId;

  const submit = form.onSubmit((values) => {
    if (values.clientId === null) return;
    const body: NewTicket = {
      clientId: values.clientId,
      channel: values.channel,
      title: values.title.trim(),
      description: values.description.trim(),
    };
    if (values.requesterContactId) body.requesterContactId = Number(values.requesterContactId);
    if (values.categoryId) body.categoryId = Number(values.categoryId);
    if (values.orderId) body.orderId = Number(values.orderId);
    if (values.priority) {
      body.priority = values.priority;
      body.priorityReason = values.priorityReason.trim();
    }
    create.mutate(body, { onSuccess: onCreated });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('tickets.new.title')}>
      <Stack gap="sm">
        {create.isError && (
          <ProblemAlert error={create.error} title={t('tickets.new.failed')} messages={messages} />
        )}
        <ClientPicker
          label={t('tickets.new.client')}
          required
          value={clientId}
          onChange={(value) => {
            form.setFieldValue('clientId', value);
            // Contacts and orders belong to the client: a new client clears them.
            form.setFieldValue('requesterContactId', '');
            form.setFieldValue('orderId', '');
          }}
          error={form.errors.clientId as string | undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {clientId === null ? (
            <NativeSelect label={t('tickets.new.requester')} data={[t('tickets.new.noRequester')]} disabled />
          ) : (
            <RequesterSelect clientId={clientId} {...form.getInputProps('requesterContactId')} />
          )}
          <NativeSelect
            label={t('tickets.new.channel')}
            required
            data={ticketChannels.map((channel) => ({
              value: channel,
              label: t(ticketChannelLabels[channel]),
            }))}
            {...form.getInputProps('channel')}
          />
          <NativeSelect
            label={t('tickets.new.category')}
            data={[
              { value: '', label: t('tickets.noCategory') },
              ...(categories.data ?? []).map((category) => ({
                value: String(category.id),
                label: category.name,
              })),
            ]}
            {...form.getInputProps('categoryId')}
          />
          <OrderSelect clientId={clientId} {...form.getInputProps('orderId')} />
        </SimpleGrid>
        <TextInput
          label={t('tickets.new.ticketTitle')}
          required
          maxLength={255}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('tickets.new.description')}
          required
          autosize
          minRows={3}
          maxLength={20_000}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('tickets.new.priority')}
            data={[
              { value: '', label: t('tickets.new.priorityAutomatic') },
              ...ticketPriorities.map((priority) => ({
                value: priority,
                label: t(ticketPriorityStyles[priority].label),
              })),
            ]}
            {...form.getInputProps('priority')}
          />
          {form.values.priority && (
            <TextInput
              label={t('tickets.new.priorityReason')}
              required
              maxLength={1000}
              {...form.getInputProps('priorityReason')}
            />
          )}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('tickets.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// What Mantine's form gives a field (getInputProps).
type SelectFieldProps = {
  value?: string;
  onChange: (value: unknown) => void;
  error?: string;
};

function RequesterSelect({ clientId, value, onChange, error }: SelectFieldProps & { clientId: number }) {
  const { t } = useI18n();
  const contacts = useClientContacts(clientId);
  return (
    <NativeSelect
      label={t('tickets.new.requester')}
      value={value}
      onChange={onChange}
      error={error}
      data={[
        { value: '', label: t('tickets.new.noRequester') },
        ...(contacts.data ?? []).map((contact) => ({
          value: String(contact.id),
          label: contact.email ? `${contact.name} <${contact.email}>` : contact.name,
        })),
      ]}
    />
  );
}

function OrderSelect({ clientId, value, onChange, error }: SelectFieldProps & { clientId: number | null }) {
  const { t } = useI18n();
  const orders = useClientOrderChoices(clientId);
  return (
    <NativeSelect
      label={t('tickets.new.order')}
      value={value}
      onChange={onChange}
      error={error}
      disabled={clientId === null}
      data={[{ value: '', label: t('tickets.noOrder') }, ...orders.choices]}
    />
  );
}
