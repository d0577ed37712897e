import { NumberInput, Table, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { OrderItem } from '../api/order-types';
import { type LineQuantities, quantityFits } from '../utils/order-lines';

export type LineQuantityFieldsProps = {
  items: OrderItem[];
  /** How many units of a line the action may take at most. */
  limitOf: (item: OrderItem) => number;
  limitLabel: string;
  quantities: LineQuantities;
  onChange: (quantities: LineQuantities) => void;
  caption: string;
};

/** One quantity per order line, from zero to what is left of it (for shipments and returns). */
export function LineQuantityFields({
  items,
  limitOf,
  limitLabel,
  quantities,
  onChange,
  caption,
}: LineQuantityFieldsProps) {
  const { t } = useI18n();
  return (
    <Table verticalSpacing={6} fz="sm" aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('orders.line.product')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {limitLabel}
          </Table.Th>
          <Table.Th scope="col" w={130}>
            {t('orders.line.quantity')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => {
          const limit = limitOf(item);
          const quantity = quantities[item.id] ?? 0;
          return (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Text size="sm">{item.productName}</Text>
                <Text size="xs" c="dimmed">
                  {item.sku}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{limit}</Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={t('orders.line.quantityOf', { product: item.productName })}
                  min={0}
                  max={limit}
                  allowDecimal={false}
                  allowNegative={false}
                  disabled={limit === 0}
                  value={quantity}
                  onChange={(value) =>
                    onChange({ ...quantities, [item.id]: typeof value === 'number' ? value : '' })
                  }
                  error={quantityFits(quantity, limit) ? undefined : t('orders.line.tooMany', { limit })}
                  size="xs"
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
