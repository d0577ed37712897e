import { Button, FileInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPaperclip, IconSend } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError, showServerErrors } from '../../../ui/form-focus';
import { errorMessage, formErrors } from '../../auth/utils/error-message';
import { useCreateTicket } from '../../support/api/useCreateTicket';
import { useOrderChoices } from '../../support/api/useOrderChoices';
import { useTicketCategories } from '../../support/api/useTicketCategories';
import type { SupportPrefill } from '../../support/utils/support-prefill';
import type { TicketCreatedState } from '../../support/utils/ticket-page-state';
import {
  type CustomerSupportValues,
  customerTicketBody,
  minimumMessageLength,
} from '../utils/support-request';

export type CustomerSupportFormProps = { labelledBy: string; prefill: SupportPrefill };

const problemFields = {
  'body.title': 'title',
  'body.categoryId': 'categoryId',
  'body.orderId': 'orderId',
  'body.description': 'description',
} as const;

/** A signed-in customer's request: it becomes a ticket of their company at once, and they go to it. */
export function CustomerSupportForm({ labelledBy, prefill }: CustomerSupportFormProps) {
  const { t, format } = useI18n();
  const navigate = useNavigate();
  const createTicket = useCreateTicket();
  const categories = useTicketCategories(true);
  const orders = useOrderChoices(true);
  const form = useForm<CustomerSupportValues>({
    initialValues: {
      title: prefill.title,
      categoryId: null,
      orderId: prefill.orderId ? String(prefill.orderId) : null,
      description: prefill.description,
      files: [],
    },
    validateInputOnBlur: true,
    validate: {
      title: (value) => (value.trim() ? null : t('contact.subjectRequired')),
      description: (value) =>
        value.trim().length >= minimumMessageLength ? null : t('contact.messageTooShort'),
    },
  });

  const categoryOptions = (categories.data?.items ?? []).map((category) => ({
    value: String(category.id),
    label: category.name,
  }));
  const orderOptions = (orders.data?.items ?? []).map((order) => ({
    value: String(order.id),
    label: t('support.form.orderOption', {
      id: order.id,
      date: format.date(order.orderDate),
      total: format.money(order.totalAmount),
    }),
  }));
  // A follow-up names an order that may be older than the recent ones listed: keep it choosable.
  const prefilledOrder = form.values.orderId;
  if (prefilledOrder && !orderOptions.some((option) => option.value === prefilledOrder))
    orderOptions.unshift({ value: prefilledOrder, label: `#${prefilledOrder}` });

  const submit = form.onSubmit(
    (values) =>
      createTicket.mutate(
        { ticket: customerTicketBody(values), files: values.files },
        {
          onSuccess: ({ ticket, failedUploads }) => {
            const state: TicketCreatedState = {
              created: true,
              failedUploads: failedUploads.map((failure) => failure.fileName),
            };
            navigate(`/account/tickets/${ticket.id}`, { state });
          },
          onError: (error) => showServerErrors(form, formErrors(error, { fields: problemFields, t })),
        },
      ),
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form noValidate onSubmit={submit} aria-labelledby={labelledBy}>
      <Stack gap="md">
        {createTicket.error && (
          <FormAlert title={t('support.form.failed')}>{errorMessage(createTicket.error, t)}</FormAlert>
        )}
        <TextInput label={t('contact.subject')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {/* Without categories set up by the support team there is nothing to choose. */}
          {categoryOptions.length > 0 && (
            <Select
              label={t('support.form.category')}
              placeholder={t('support.form.categoryNone')}
              data={categoryOptions}
              clearable
              {...form.getInputProps('categoryId')}
            />
          )}
          <Select
            label={t('support.form.order')}
            placeholder={t('support.form.orderNone')}
            description={
              orders.isSuccess && orderOptions.length === 0 ? t('support.form.noOrders') : undefined
            }
            data={orderOptions}
            clearable
            searchable
            nothingFoundMessage={t('support.form.orderNothingFound')}
            {...form.getInputProps('orderId')}
          />
        </SimpleGrid>
        <Textarea
          label={t('contact.message')}
          required
          autosize
          minRows={5}
          {...form.getInputProps('description')}
        />
        <FileInput
          label={t('support.form.attachments')}
          description={t('support.form.attachmentsHint')}
          placeholder={t('support.form.attachmentsNone')}
          multiple
          clearable
          leftSection={<IconPaperclip size={16} aria-hidden />}
          {...form.getInputProps('files')}
        />
        <Button
          type="submit"
          loading={createTicket.isPending}
          leftSection={<IconSend size={18} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('support.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
