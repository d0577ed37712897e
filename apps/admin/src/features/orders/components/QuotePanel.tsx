import { Alert, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import type { OrderDetail, Quote } from '../api/order-types';
import { OrderProblemAlert } from './OrderProblemAlert';
import { OrderTotals } from './OrderTotals';

export type QuotePanelProps = {
  quote: Quote | undefined;
  /** A quote is on its way (typing has settled, or the answer is loading). */
  updating: boolean;
  error: unknown;
  hasLines: boolean;
  /** The draft as saved, whose totals include line discounts and tax. */
  saved: OrderDetail | undefined;
  dirty: boolean;
};

/** The live quote's totals, and the saved draft's exact totals beside them. */
export function QuotePanel({ quote, updating, error, hasLines, saved, dirty }: QuotePanelProps) {
  const { t, format } = useI18n();
  return (
    <Stack gap="md">
      <SectionCard title={t('orders.quote.title')} description={t('orders.quote.description')}>
        <Stack gap="sm" aria-live="polite" aria-busy={updating}>
          {updating && (
            <Group gap="xs">
              <Loader size="xs" aria-hidden />
              <Text size="sm" c="dimmed">
                {t('orders.quote.updating')}
              </Text>
            </Group>
          )}
          {!hasLines ? (
            <Text size="sm" c="dimmed">
              {t('orders.quote.empty')}
            </Text>
          ) : error ? (
            <OrderProblemAlert error={error} title={t('orders.quote.failed')} />
          ) : (
            quote && (
              <Table verticalSpacing={6} fz="sm" aria-label={t('orders.quote.title')}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th scope="row" fw={500}>
                      {t('orders.quote.list')}
                    </Table.Th>
                    <Table.Td ta="right">{format.money(quote.totals.list)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row" fw={500}>
                      {t('orders.quote.savings')}
                    </Table.Th>
                    <Table.Td ta="right">{format.money(quote.totals.discount)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row" fw={700}>
                      {t('orders.quote.total')}
                    </Table.Th>
                    <Table.Td ta="right" fw={700}>
                      {format.money(quote.totals.total)}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )
          )}
        </Stack>
      </SectionCard>
      <SectionCard title={t('orders.totals.savedTitle')} description={t('orders.totals.savedDescription')}>
        {saved ? (
          <Stack gap="sm">
            {dirty && (
              <Alert color="yellow" variant="light" role="status">
                {t('orders.totals.unsaved')}
              </Alert>
            )}
            <OrderTotals order={saved} caption={t('orders.totals.savedTitle')} />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('orders.totals.notSaved')}
          </Text>
        )}
      </SectionCard>
    </Stack>
  );
}
