import { Alert, Button, Grid, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import { useSession } from '../../auth/hooks/useSession';
import { ClientPicker } from '../../clients/components/ClientPicker';
import type { OrderDetail, QuoteLine } from '../api/order-types';
import { useCreateDraft, useSaveAndConfirmDraft, useSaveDraft } from '../api/useOrderWrites';
import { useQuote } from '../api/useQuote';
import {
  emptyLine,
  emptyOrderForm,
  type OrderFormValues,
  type OrderLineValues,
  orderFormValues,
  sameOrder,
  toOrderBody,
  toQuoteRequest,
  validateOrderForm,
} from '../utils/order-form';
import { actionsFor } from '../utils/order-permissions';
import { OrderLineFields } from './OrderLineFields';
import { OrderProblemAlert } from './OrderProblemAlert';
import { QuotePanel } from './QuotePanel';

export type OrderEditorProps = {
  /** The draft being edited; a new order without one. */
  order?: OrderDetail;
  /** Shown once after the draft was first saved. */
  justCreated?: boolean;
};

/**
 * Order entry: the client and lines, priced live by the catalogue's price function as they are typed. The
 * quote shows unit prices and why; the exact totals with discounts and tax are the server's, on saving.
 */
export function OrderEditor({ order, justCreated = false }: OrderEditorProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { session } = useSession();
  const saved = useMemo(() => (order ? orderFormValues(order) : null), [order]);
  const [values, setValues] = useState<OrderFormValues>(() => saved ?? emptyOrderForm());
  const [showErrors, setShowErrors] = useState(false);
  const [savedNotice, setSavedNotice] = useState(justCreated);

  const create = useCreateDraft();
  const draft = order ?? { id: 0, version: 0 };
  const save = useSaveDraft(draft);
  const confirm = useSaveAndConfirmDraft(draft);
  const pendingWrite = create.isPending || save.isPending || confirm.isPending;
  const failedWrite = [create, save, confirm].find((mutation) => mutation.isError);

  const errors = validateOrderForm(values);
  const valid = Object.keys(errors).length === 0;
  const dirty = saved === null || !sameOrder(values, saved);
  // Whoever may create an order may confirm it (the same permission); an existing one has its own rules.
  const mayConfirm = order === undefined || actionsFor(session?.user, order).has('confirm');
  const creatingConfirmed = create.isPending && create.variables?.confirm === true;

  const quoteInput = useMemo(() => toQuoteRequest(values), [values]);
  const quote = useQuote(quoteInput?.request ?? null);
  const quoteLines = matchQuoteLines(values.lines, quote.data?.lines ?? []);
  const productNames = new Map(
    values.lines.flatMap((line) =>
      line.productId === null ? [] : [[line.productId, line.productName] as const],
    ),
  );

  const change = (next: Partial<OrderFormValues>) => {
    setSavedNotice(false);
    setValues((current) => ({ ...current, ...next }));
  };
  const changeLine = (key: string, lineChange: Partial<OrderLineValues>) =>
    change({ lines: values.lines.map((line) => (line.key === key ? { ...line, ...lineChange } : line)) });
  const resetMutations = () => {
    for (const mutation of [create, save, confirm]) mutation.reset();
  };

  const submit = (intent: 'save' | 'confirm') => {
    setShowErrors(true);
    if (!valid) return;
    resetMutations();
    const body = toOrderBody(values);
    if (!order && intent === 'confirm') {
      // One request: the server creates the order and confirms it in one transaction.
      create.mutate(
        { ...body, confirm: true },
        { onSuccess: (created) => navigate(`/orders/${created.id}`, { state: { confirmed: true } }) },
      );
    } else if (!order) {
      create.mutate(body, {
        onSuccess: (created) =>
          navigate(`/orders/${created.id}/edit`, { replace: true, state: { created: true } }),
      });
    } else if (intent === 'save') {
      save.mutate(body, { onSuccess: () => setSavedNotice(true) });
    } else {
      confirm.mutate(dirty ? body : null, {
        onSuccess: (confirmed) => navigate(`/orders/${confirmed.id}`, { state: { confirmed: true } }),
      });
    }
  };

  const fieldError = (key: string) => {
    const message = showErrors ? errors[key] : undefined;
    return message ? t(`orders.form.${message}`) : undefined;
  };
  const lineErrors = (index: number) =>
    showErrors
      ? {
          product: errors[`lines.${index}.product`],
          quantity: errors[`lines.${index}.quantity`],
          discountPercent: errors[`lines.${index}.discountPercent`],
          taxPercent: errors[`lines.${index}.taxPercent`],
        }
      : {};

  return (
    <form
      aria-label={t('orders.form.label')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit('save');
      }}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            {savedNotice && !dirty && !failedWrite && (
              <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
                {t('orders.form.saved')}
              </Alert>
            )}
            {failedWrite && (
              <OrderProblemAlert
                error={failedWrite.error}
                title={failedWrite === confirm ? t('orders.form.confirmFailed') : t('orders.form.saveFailed')}
                productNames={productNames}
                onReload={order ? () => setValues(orderFormValues(order)) : undefined}
              />
            )}
            <SectionCard title={t('orders.form.orderTitle')}>
              <Group align="flex-start" gap="md" grow preventGrowOverflow={false}>
                <ClientPicker
                  label={t('orders.client')}
                  required
                  value={values.clientId}
                  onChange={(clientId) => change({ clientId })}
                  error={fieldError('client')}
                  description={t('orders.form.clientHint')}
                />
                <TextInput
                  type="date"
                  label={t('orders.dueDate')}
                  description={t('orders.form.dueDateHint')}
                  value={values.dueDate}
                  onChange={(event) => change({ dueDate: event.currentTarget.value })}
                  maw={220}
                />
              </Group>
              <Textarea
                label={t('orders.notes')}
                description={t('orders.form.notesHint')}
                autosize
                minRows={2}
                maxLength={5000}
                value={values.notes}
                onChange={(event) => change({ notes: event.currentTarget.value })}
              />
            </SectionCard>
            <SectionCard title={t('orders.items')}>
              {fieldError('lines') && (
                <Text size="sm" c="red.8" role="alert">
                  {fieldError('lines')}
                </Text>
              )}
              {values.lines.map((line, index) => (
                <OrderLineFields
                  key={line.key}
                  line={line}
                  position={index + 1}
                  errors={lineErrors(index)}
                  quote={quoteLines.get(line.key)}
                  onChange={(lineChange) => changeLine(line.key, lineChange)}
                  onRemove={
                    values.lines.length > 1
                      ? () => change({ lines: values.lines.filter((other) => other.key !== line.key) })
                      : undefined
                  }
                />
              ))}
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => change({ lines: [...values.lines, emptyLine()] })}
                >
                  {t('orders.line.add')}
                </Button>
              </Group>
            </SectionCard>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" component={Link} to={order ? `/orders/${order.id}` : '/orders'}>
                {t('action.cancel')}
              </Button>
              <Button
                type="submit"
                variant={mayConfirm ? 'default' : 'filled'}
                loading={(create.isPending && !creatingConfirmed) || save.isPending}
                disabled={pendingWrite || (order !== undefined && !dirty)}
              >
                {t('orders.form.saveDraft')}
              </Button>
              {mayConfirm && (
                <Button
                  loading={confirm.isPending || creatingConfirmed}
                  disabled={pendingWrite}
                  onClick={() => submit('confirm')}
                >
                  {dirty ? t('orders.form.saveAndConfirm') : t('orders.action.confirm')}
                </Button>
              )}
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <QuotePanel
            quote={quote.data}
            updating={quote.pending || quote.isFetching}
            error={quote.isError ? quote.error : null}
            hasLines={quoteInput !== null}
            saved={order}
            dirty={dirty}
          />
        </Grid.Col>
      </Grid>
    </form>
  );
}

/**
 * Pairs each priced form line with its quote line. The quote on screen may answer an earlier state of the
 * form (it is kept while the next one loads), so a line only gets an answer for its own product and quantity.
 */
function matchQuoteLines(lines: OrderLineValues[], quoted: QuoteLine[]): Map<string, QuoteLine> {
  const request = toQuoteRequest({ clientId: null, lines });
  const matched = new Map<string, QuoteLine>();
  request?.lineKeys.forEach((key, index) => {
    const asked = request.request.lines[index];
    const answer = quoted[index];
    if (asked && answer && answer.productId === asked.productId && answer.quantity === asked.quantity) {
      matched.set(key, answer);
    }
  });
  return matched;
}
