import { Button, Group, Modal, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { type OrderDetail, type PaymentMethod, paymentMethods } from '../api/order-types';
import { useRecordPayment } from '../api/useOrderWrites';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from '../utils/date-input';
import { isAmount } from '../utils/decimal-input';
import { OrderProblemAlert } from './OrderProblemAlert';

export type PaymentKind = 'payment' | 'refund';

export type PaymentModalProps = {
  order: OrderDetail;
  opened: boolean;
  /** Which kinds the order admits now. */
  kinds: PaymentKind[];
  initialKind: PaymentKind;
  onClose: () => void;
};

/** Records money received or given back. The server holds the limits (what is owed, what can be refunded). */
export function PaymentModal({ order, opened, kinds, initialKind, onClose }: PaymentModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('orders.payment.title')}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {opened && <PaymentForm order={order} kinds={kinds} initialKind={initialKind} onDone={onClose} />}
    </Modal>
  );
}

type PaymentFormProps = Omit<PaymentModalProps, 'opened' | 'onClose'> & { onDone: () => void };

function PaymentForm({ order, kinds, initialKind, onDone }: PaymentFormProps) {
  const { t, format } = useI18n();
  const record = useRecordPayment(order);
  const [kind, setKind] = useState<PaymentKind>(initialKind);
  // A payment is usually the balance; a refund has no obvious amount.
  const [amount, setAmount] = useState(initialKind === 'payment' ? order.outstandingBalance : '');
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [reference, setReference] = useState('');
  const [paidAt, setPaidAt] = useState(() => toLocalDateTimeInput(new Date()));
  const [touched, setTouched] = useState(false);
  const amountError = touched && !isAmount(amount) ? t('orders.payment.amountInvalid') : undefined;

  const submit = () => {
    setTouched(true);
    if (!isAmount(amount)) return;
    const at = fromLocalDateTimeInput(paidAt);
    record.mutate(
      {
        kind,
        amount: amount.trim(),
        method,
        ...(reference.trim() ? { reference: reference.trim() } : {}),
        ...(at ? { paidAt: at } : {}),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form
      noValidate
      aria-label={t('orders.payment.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {kinds.length > 1 && (
          <SegmentedControl
            aria-label={t('orders.payment.kind')}
            value={kind}
            onChange={(next) => {
              setKind(next as PaymentKind);
              record.reset();
            }}
            data={kinds.map((value) => ({ value, label: t(`orders.payment.kind.${value}`) }))}
          />
        )}
        <Text size="sm" c="dimmed">
          {kind === 'payment'
            ? t('orders.payment.owedHint', { amount: format.money(order.outstandingBalance) })
            : t('orders.payment.refundHint', {
                paid: format.money(order.amountPaid),
                refunded: format.money(order.amountRefunded),
              })}
        </Text>
        {record.isError && (
          <OrderProblemAlert
            error={record.error}
            title={kind === 'payment' ? t('orders.payment.failed') : t('orders.payment.refundFailed')}
          />
        )}
        <TextInput
          label={t('orders.payment.amount')}
          description={t('orders.payment.amountHint')}
          required
          inputMode="decimal"
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          error={amountError}
          data-autofocus
        />
        <NativeSelect
          label={t('orders.payment.method')}
          value={method}
          onChange={(event) => setMethod(event.currentTarget.value as PaymentMethod)}
          data={paymentMethods.map((value) => ({ value, label: t(`orders.payment.method.${value}`) }))}
        />
        <TextInput
          label={t('orders.payment.reference')}
          description={t('orders.payment.referenceHint')}
          maxLength={255}
          value={reference}
          onChange={(event) => setReference(event.currentTarget.value)}
        />
        <TextInput
          type="datetime-local"
          label={t('orders.payment.paidAt')}
          value={paidAt}
          onChange={(event) => setPaidAt(event.currentTarget.value)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} color={kind === 'refund' ? 'orange' : undefined}>
            {kind === 'payment' ? t('orders.payment.submit') : t('orders.payment.refundSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
