import { Table, Text } from '@mantine/core';
import { StatusBadge } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import type { OrderPayment } from '../api/order-types';

export type OrderPaymentsProps = { payments: OrderPayment[]; caption: string };

/** Money received and given back, oldest first. */
export function OrderPayments({ payments, caption }: OrderPaymentsProps) {
  const { t, format } = useI18n();
  if (payments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('orders.payments.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" fz="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('orders.payment.paidAt')}</Table.Th>
            <Table.Th scope="col">{t('orders.payment.kind')}</Table.Th>
            <Table.Th scope="col">{t('orders.payment.method')}</Table.Th>
            <Table.Th scope="col">{t('orders.payment.reference')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('orders.payment.amount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payments.map((payment) => (
            <Table.Tr key={payment.id}>
              <Table.Td>{format.dateTime(payment.paidAt)}</Table.Td>
              <Table.Td>
                <StatusBadge
                  label={t(`orders.payment.kind.${payment.kind}`)}
                  color={payment.kind === 'refund' ? 'orange' : 'teal'}
                />
              </Table.Td>
              <Table.Td>{t(`orders.payment.method.${payment.method}`)}</Table.Td>
              <Table.Td>{payment.reference ?? t('field.none')}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {payment.kind === 'refund' ? '−' : ''}
                {format.money(payment.amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
