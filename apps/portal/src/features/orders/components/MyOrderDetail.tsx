import { Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Order } from '@smartcrm/api-client';
import { StatusBadge } from '@smartcrm/ui';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import { orderStatusStyles } from '../../account/utils/status-styles';
import { fulfilmentStatusStyles, paymentMethodLabels, paymentStatusStyles } from '../utils/order-styles';

export type MyOrderDetailProps = { order: Order };

const numeric = { ta: 'right' as const, style: { fontVariantNumeric: 'tabular-nums' } };

/** A customer's view of one order: what was ordered, where it stands, what was paid and where the goods are. */
export function MyOrderDetail({ order }: MyOrderDetailProps) {
  const { t, format } = useI18n();
  const itemsId = useId();
  const paymentsId = useId();
  const shipmentsId = useId();
  const status = orderStatusStyles[order.status];
  const payment = paymentStatusStyles[order.paymentStatus];
  const fulfilment = fulfilmentStatusStyles[order.fulfilmentStatus];
  const itemNames = new Map(order.items.map((item) => [item.id, item.productName]));

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={1}>{t('order.detail.title', { id: order.id })}</Title>
          <StatusBadge label={t(status.label)} color={status.color} />
        </Group>
        <Text c="dimmed">{t('order.detail.placed', { date: format.date(order.orderDate) })}</Text>
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" component="dl" m={0}>
        <Figure label={t('order.detail.payment')}>
          <StatusBadge label={t(payment.label)} color={payment.color} />
        </Figure>
        <Figure label={t('order.detail.fulfilment')}>
          <StatusBadge label={t(fulfilment.label)} color={fulfilment.color} />
        </Figure>
        <Figure label={t('order.detail.dueDate')}>
          <Text fw={600}>
            {format.date(order.dueDate)}
            {order.isOverdue && (
              <Text span c="red.8" fw={700}>
                {' '}
                · {t('order.detail.overdue')}
              </Text>
            )}
          </Text>
        </Figure>
      </SimpleGrid>

      <SectionCard title={t('order.detail.items')} titleId={itemsId}>
        <Table.ScrollContainer minWidth={560}>
          <Table aria-labelledby={itemsId} verticalSpacing="sm" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('order.detail.product')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('order.detail.quantity')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('order.detail.unitPrice')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('order.detail.shipped')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('order.detail.lineTotal')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={500}>
                    {item.productName}
                    <Text size="xs" c="dimmed">
                      {item.sku}
                    </Text>
                  </Table.Th>
                  <Table.Td {...numeric}>{item.quantity}</Table.Td>
                  <Table.Td {...numeric}>{format.money(item.unitPrice)}</Table.Td>
                  <Table.Td {...numeric}>{item.quantityShipped}</Table.Td>
                  <Table.Td {...numeric}>{format.money(item.lineTotal)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              {(
                [
                  [t('order.detail.subtotal'), order.subtotal],
                  [t('order.detail.discount'), order.discountTotal],
                  [t('order.detail.tax'), order.taxTotal],
                  [t('order.detail.total'), order.totalAmount],
                  [t('order.detail.paid'), order.amountPaid],
                  [t('order.detail.outstanding'), order.outstandingBalance],
                ] as const
              ).map(([label, amount]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" colSpan={4} ta="right" fw={500}>
                    {label}
                  </Table.Th>
                  <Table.Td {...numeric} fw={600}>
                    {format.money(amount)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>

      <SectionCard title={t('order.detail.payments')} titleId={paymentsId}>
        {order.payments.length === 0 ? (
          <Text c="dimmed">{t('order.detail.noPayments')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table aria-labelledby={paymentsId} verticalSpacing="sm" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('order.detail.paidAt')}</Table.Th>
                  <Table.Th scope="col">{t('order.detail.kind')}</Table.Th>
                  <Table.Th scope="col">{t('order.detail.method')}</Table.Th>
                  <Table.Th scope="col">{t('order.detail.reference')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('order.detail.amount')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.payments.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{format.date(entry.paidAt)}</Table.Td>
                    <Table.Td>
                      {entry.kind === 'refund' ? t('order.detail.refund') : t('order.detail.paymentKind')}
                    </Table.Td>
                    <Table.Td>{t(paymentMethodLabels[entry.method])}</Table.Td>
                    <Table.Td>{entry.reference ?? t('field.none')}</Table.Td>
                    <Table.Td {...numeric}>
                      {entry.kind === 'refund' ? '−' : ''}
                      {format.money(entry.amount)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionCard>

      <SectionCard title={t('order.detail.shipments')} titleId={shipmentsId}>
        {order.shipments.length === 0 ? (
          <Text c="dimmed">{t('order.detail.noShipments')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-labelledby={shipmentsId} verticalSpacing="sm" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('order.detail.shippedAt')}</Table.Th>
                  <Table.Th scope="col">{t('order.detail.carrier')}</Table.Th>
                  <Table.Th scope="col">{t('order.detail.tracking')}</Table.Th>
                  <Table.Th scope="col">{t('order.detail.contents')}</Table.Th>
                  <Table.Th scope="col">{t('order.detail.deliveredAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.shipments.map((shipment) => (
                  <Table.Tr key={shipment.id}>
                    <Table.Td>{format.date(shipment.shippedAt)}</Table.Td>
                    <Table.Td>{shipment.carrier ?? t('field.none')}</Table.Td>
                    <Table.Td style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>
                      {shipment.trackingNumber ?? t('field.none')}
                    </Table.Td>
                    <Table.Td>
                      <List size="sm" spacing={0} listStyleType="none">
                        {shipment.items.map((line) => (
                          <List.Item key={line.orderItemId}>
                            {t('order.detail.shipmentLine', {
                              quantity: line.quantity,
                              product: itemNames.get(line.orderItemId) ?? '',
                            })}
                          </List.Item>
                        ))}
                      </List>
                    </Table.Td>
                    <Table.Td>
                      {shipment.deliveredAt ? format.date(shipment.deliveredAt) : t('order.detail.inTransit')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionCard>
    </Stack>
  );
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} mt={4}>
        {children}
      </Text>
    </div>
  );
}
