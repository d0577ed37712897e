import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ClientPicker } from '../../clients/components/ClientPicker';
import type { Product } from '../../products/api/product-types';
import { useMoneyFormat } from '../../products/hooks/useMoneyFormat';
import { useCatalogQuote } from '../api/useCatalogQuote';
import { usePriceRuleProblemMessages } from '../hooks/usePriceRuleProblemMessages';
import { fromLocalDateTimeInput } from '../utils/local-date-time';
import { QuoteExplanation } from './QuoteExplanation';

export type QuoteTryBoxProps = { product: Pick<Product, 'id' | 'status' | 'currency'> };

type QuoteValues = { clientId: number | null; quantity: number | string; date: string };

/** Asks the price function what one line of this product would cost a client on a date, and why. */
export function QuoteTryBox({ product }: QuoteTryBoxProps) {
  const { t } = useI18n();
  const money = useMoneyFormat();
  const quote = useCatalogQuote();
  const problemMessages = usePriceRuleProblemMessages();
  const sellable = product.status === 'active' || product.status === 'discontinued';
  const form = useForm<QuoteValues>({
    initialValues: { clientId: null, quantity: 1, date: '' },
    validate: {
      quantity: (value) =>
        Number.isSafeInteger(Number(value)) && Number(value) >= 1 && value !== ''
          ? null
          : t('priceRules.quote.quantityInvalid'),
      date: (value) =>
        value.trim() === '' || fromLocalDateTimeInput(value) !== null ? null : t('priceRules.form.dateTime'),
    },
  });

  const submit = form.onSubmit((values) => {
    const date = fromLocalDateTimeInput(values.date);
    quote.mutate({
      ...(values.clientId === null ? {} : { clientId: values.clientId }),
      ...(date ? { date } : {}),
      lines: [{ productId: product.id, quantity: Number(values.quantity) }],
    });
  });

  const line = quote.data?.lines[0];
  const currency = quote.data?.currency ?? product.currency;

  return (
    <Stack gap="md">
      {!sellable && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('priceRules.quote.notSellable')}
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label={t('priceRules.quote.title')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ClientPicker
              label={t('priceRules.quote.client')}
              description={t('priceRules.quote.clientHint')}
              value={form.values.clientId}
              onChange={(clientId) => form.setFieldValue('clientId', clientId)}
            />
            <NumberInput
              label={t('priceRules.quote.quantity')}
              description={t('priceRules.quote.quantityHint')}
              required
              min={1}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('quantity')}
            />
            <TextInput
              type="datetime-local"
              label={t('priceRules.quote.date')}
              description={t('priceRules.quote.dateHint')}
              {...form.getInputProps('date')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={quote.isPending} disabled={!sellable}>
              {t('priceRules.quote.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {quote.isError && (
        <ProblemAlert error={quote.error} title={t('priceRules.quote.failed')} messages={problemMessages} />
      )}
      {line && (
        <Paper withBorder radius="md" p="md" aria-live="polite">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Figure
                label={t('priceRules.quote.unitPrice')}
                value={money(line.unitPrice, currency)}
                testId="quote-unit-price"
                strong
              />
              <Figure
                label={t('products.listPrice')}
                value={money(line.listPrice, currency)}
                testId="quote-list-price"
              />
              <Figure
                label={t('priceRules.quote.lineTotal')}
                value={money(line.lineTotal, currency)}
                testId="quote-line-total"
              />
              <Figure label={t('stock.available')} value={String(line.available)} testId="quote-available" />
            </SimpleGrid>
            <QuoteExplanation explanation={line.explanation} currency={currency} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

type FigureProps = { label: string; value: string; testId: string; strong?: boolean };

function Figure({ label, value, testId, strong }: FigureProps) {
  return (
    <dl style={{ margin: 0 }}>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size={strong ? 'xl' : 'md'} fw={strong ? 700 : 500} data-testid={testId}>
        {value}
      </Text>
    </dl>
  );
}
