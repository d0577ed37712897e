import { Anchor, Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { OrderItem } from '../api/order-types';
import { fractionToPercent, trimDecimal } from '../utils/decimal-input';
import { readPriceExplanation } from '../utils/price-explanation';
import { PriceExplanationView } from './PriceExplanationView';

export type OrderItemsTableProps = { items: OrderItem[]; caption: string };

/** The lines with their fixed prices, amounts, what shipped and came back, and how each price came about. */
export function OrderItemsTable({ items, caption }: OrderItemsTableProps) {
  const { t } = useI18n();
  const columns = 9;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" fz="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('orders.line.product')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('orders.line.quantity')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('orders.line.unitPrice')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('orders.line.discount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('orders.line.tax')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('orders.line.taxAmount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('orders.line.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('orders.line.shipped')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('orders.line.returned')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <ItemRows key={item.id} item={item} columns={columns} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ItemRows({ item, columns }: { item: OrderItem; columns: number }) {
  const { t, format } = useI18n();
  const [open, disclosure] = useDisclosure(false);
  const explanationId = useId();
  const explanation = readPriceExplanation(item.priceExplanation);
  const numeric = { ta: 'right' as const, style: { fontVariantNumeric: 'tabular-nums' } };
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td>
          <Anchor component={Link} to={`/products/${item.productId}`} size="sm" fw={500}>
            {item.productName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {item.sku}
          </Text>
          {explanation && (
            <Button
              variant="subtle"
              size="compact-xs"
              px={0}
              leftSection={
                open ? <IconChevronDown size={12} aria-hidden /> : <IconChevronRight size={12} aria-hidden />
              }
              aria-expanded={open}
              aria-controls={explanationId}
              aria-label={t('orders.line.whyFor', { product: item.productName })}
              onClick={disclosure.toggle}
            >
              {t('orders.line.why')}
            </Button>
          )}
        </Table.Td>
        <Table.Td {...numeric}>{item.quantity}</Table.Td>
        <Table.Td {...numeric}>{format.money(item.unitPrice)}</Table.Td>
        <Table.Td {...numeric}>
          {trimDecimal(item.discountPercent)} %
          {item.lineDiscount !== '0.00' && (
            <Text size="xs" c="dimmed">
              −{format.money(item.lineDiscount)}
            </Text>
          )}
        </Table.Td>
        <Table.Td {...numeric}>{fractionToPercent(item.taxRate)} %</Table.Td>
        <Table.Td {...numeric}>{format.money(item.lineTax)}</Table.Td>
        <Table.Td {...numeric} fw={600}>
          {format.money(item.lineTotal)}
        </Table.Td>
        <Table.Td {...numeric}>{item.quantityShipped}</Table.Td>
        <Table.Td {...numeric}>{item.quantityReturned}</Table.Td>
      </Table.Tr>
      {explanation && (
        // Hidden, not removed, so the button's aria-controls always names an element.
        <Table.Tr id={explanationId} hidden={!open}>
          <Table.Td colSpan={columns} bg="var(--mantine-color-gray-0)">
            <Text size="xs" c="dimmed" mb={4}>
              {explanation.summary}
            </Text>
            <PriceExplanationView explanation={explanation} />
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}
