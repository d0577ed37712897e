import {
  ActionIcon,
  Button,
  Collapse,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight, IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { QuoteLine } from '../api/order-types';
import type { OrderFormErrorKey, OrderLineValues } from '../utils/order-form';
import { PriceExplanationView } from './PriceExplanationView';
import { ProductPicker } from './ProductPicker';

export type OrderLineFieldsProps = {
  line: OrderLineValues;
  position: number;
  /** Errors of this line's fields, by field name. */
  errors: Partial<Record<'product' | 'quantity' | 'discountPercent' | 'taxPercent', OrderFormErrorKey>>;
  /** The live quote's answer for this line, once there is one. */
  quote: QuoteLine | undefined;
  onChange: (change: Partial<OrderLineValues>) => void;
  onRemove?: () => void;
};

/** One line of an order being entered: what, how many, its discount and tax, and what the price function says. */
export function OrderLineFields({ line, position, errors, quote, onChange, onRemove }: OrderLineFieldsProps) {
  const { t, format } = useI18n();
  const [explained, explanation] = useDisclosure(false);
  const explanationId = useId();
  const lineLabel = t('orders.line.label', { position });
  const message = (key: OrderFormErrorKey | undefined) => (key ? t(`orders.form.${key}`) : undefined);
  const short = quote && typeof line.quantity === 'number' && quote.available < line.quantity;

  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={lineLabel}>
      <Stack gap="sm">
        <Group align="flex-start" gap="sm">
          <ProductPicker
            label={t('orders.line.product')}
            value={
              line.productId === null ? null : { id: line.productId, name: line.productName, sku: line.sku }
            }
            onChange={(product) =>
              onChange({
                productId: product?.id ?? null,
                productName: product?.name ?? '',
                sku: product?.sku ?? '',
              })
            }
            error={message(errors.product)}
          />
          <NumberInput
            label={t('orders.line.quantity')}
            required
            min={1}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            value={line.quantity}
            onChange={(value) => onChange({ quantity: typeof value === 'number' ? value : '' })}
            error={message(errors.quantity)}
            w={110}
          />
          <TextInput
            label={t('orders.line.discount')}
            inputMode="decimal"
            value={line.discountPercent}
            onChange={(event) => onChange({ discountPercent: event.currentTarget.value })}
            error={message(errors.discountPercent)}
            w={120}
          />
          <TextInput
            label={t('orders.line.tax')}
            inputMode="decimal"
            value={line.taxPercent}
            onChange={(event) => onChange({ taxPercent: event.currentTarget.value })}
            error={message(errors.taxPercent)}
            w={120}
          />
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              aria-label={t('orders.line.remove', { position })}
              onClick={onRemove}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        {quote && (
          <Stack gap={4}>
            <Group gap="lg" aria-live="polite">
              <Text size="sm">
                {t('orders.line.unitPrice')}: <strong>{format.money(quote.unitPrice)}</strong>
                {quote.unitPrice !== quote.listPrice && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({t('orders.line.listPrice', { price: format.money(quote.listPrice) })})
                  </Text>
                )}
              </Text>
              <Text size="sm">
                {t('orders.line.quotedTotal')}: <strong>{format.money(quote.lineTotal)}</strong>
              </Text>
              <Text size="sm" c={short ? 'red.8' : 'dimmed'} fw={short ? 600 : undefined}>
                {short
                  ? t('orders.line.short', { available: quote.available })
                  : t('orders.line.available', { available: quote.available })}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {quote.explanation.summary}
            </Text>
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={
                  explained ? (
                    <IconChevronDown size={14} aria-hidden />
                  ) : (
                    <IconChevronRight size={14} aria-hidden />
                  )
                }
                aria-expanded={explained}
                aria-controls={explanationId}
                onClick={explanation.toggle}
              >
                {t('orders.line.why')}
              </Button>
            </Group>
            <Collapse expanded={explained} id={explanationId}>
              <PriceExplanationView explanation={quote.explanation} />
            </Collapse>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
