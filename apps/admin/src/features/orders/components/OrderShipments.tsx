import { Button, List, Table, Text } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import type { OrderDetail } from '../api/order-types';
import { useDeliverShipment } from '../api/useOrderWrites';
import { OrderProblemAlert } from './OrderProblemAlert';

export type OrderShipmentsProps = {
  order: OrderDetail;
  /** Whether this user may record arrivals now. */
  canDeliver: boolean;
  caption: string;
};

/** What left the warehouse, with carrier and tracking, and whether it arrived. */
export function OrderShipments({ order, canDeliver, caption }: OrderShipmentsProps) {
  const { t, format } = useI18n();
  const deliver = useDeliverShipment(order);
  const itemNames = new Map(order.items.map((item) => [item.id, item.productName]));
  if (order.shipments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('orders.shipments.none')}
      </Text>
    );
  }
  return (
    <>
      {deliver.isError && (
        <OrderProblemAlert error={deliver.error} title={t('orders.shipments.deliverFailed')} />
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" fz="sm" aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('orders.shipment.shippedAt')}</Table.Th>
              <Table.Th scope="col">{t('orders.shipment.carrier')}</Table.Th>
              <Table.Th scope="col">{t('orders.shipment.tracking')}</Table.Th>
              <Table.Th scope="col">{t('orders.shipments.contents')}</Table.Th>
              <Table.Th scope="col">{t('orders.shipments.deliveredAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.shipments.map((shipment) => (
              <Table.Tr key={shipment.id}>
                <Table.Td>{format.dateTime(shipment.shippedAt)}</Table.Td>
                <Table.Td>{shipment.carrier ?? t('field.none')}</Table.Td>
                <Table.Td>{shipment.trackingNumber ?? t('field.none')}</Table.Td>
                <Table.Td>
                  <List size="sm" spacing={0} listStyleType="none">
                    {shipment.items.map((line) => (
                      <List.Item key={line.orderItemId}>
                        {t('orders.shipments.line', {
                          quantity: line.quantity,
                          product: itemNames.get(line.orderItemId) ?? `#${line.productId}`,
                        })}
                      </List.Item>
                    ))}
                  </List>
                </Table.Td>
                <Table.Td>
                  {shipment.deliveredAt ? (
                    format.dateTime(shipment.deliveredAt)
                  ) : canDeliver ? (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPackageImport size={14} aria-hidden />}
                      loading={deliver.isPending && deliver.variables === shipment.id}
                      disabled={deliver.isPending}
                      onClick={() => deliver.mutate(shipment.id)}
                      aria-label={t('orders.shipments.deliverOne', {
                        tracking: shipment.trackingNumber ?? `#${shipment.id}`,
                      })}
                    >
                      {t('orders.action.deliver')}
                    </Button>
                  ) : (
                    t('orders.shipments.inTransit')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
