import { Button, Group, Stack } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCash,
  IconCheck,
  IconCircleX,
  IconLock,
  IconPencil,
  IconReceiptRefund,
  IconTrash,
  IconTruck,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { OrderAction, OrderDetail } from '../api/order-types';
import { useCancelOrder, useCloseOrder, useConfirmOrder, useDeleteDraft } from '../api/useOrderWrites';
import { OrderCommandModal } from './OrderCommandModal';
import { OrderProblemAlert } from './OrderProblemAlert';
import { type PaymentKind, PaymentModal } from './PaymentModal';
import { ReturnModal } from './ReturnModal';
import { ShipmentModal } from './ShipmentModal';

export type OrderActionBarProps = {
  order: OrderDetail;
  /** What this user may do with the order now: its available actions within the role's permissions. */
  actions: ReadonlySet<OrderAction>;
};

type Dialog = 'payment' | 'refund' | 'ship' | 'return' | 'cancel' | 'close' | 'delete';

/** The order's next steps, only those its status admits and this user's role may take. */
export function OrderActionBar({ order, actions }: OrderActionBarProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const confirm = useConfirmOrder(order);
  const cancel = useCancelOrder(order);
  const close = useCloseOrder(order);
  const remove = useDeleteDraft(order);
  const closeDialog = () => setDialog(null);
  const productNames = new Map(order.items.map((item) => [item.productId, item.productName]));
  const paymentKinds: PaymentKind[] = [
    ...(actions.has('record_payment') ? (['payment'] as const) : []),
    ...(actions.has('record_refund') ? (['refund'] as const) : []),
  ];

  if (actions.size === 0) return null;
  return (
    <Stack gap="sm">
      {confirm.isError && (
        <OrderProblemAlert
          error={confirm.error}
          title={t('orders.form.confirmFailed')}
          productNames={productNames}
        />
      )}
      <Group gap="sm" role="toolbar" aria-label={t('orders.actions')}>
        {actions.has('confirm') && (
          <Button
            leftSection={<IconCheck size={16} aria-hidden />}
            loading={confirm.isPending}
            onClick={() => confirm.mutate(undefined)}
          >
            {t('orders.action.confirm')}
          </Button>
        )}
        {actions.has('edit') && (
          <Button
            variant="default"
            component={Link}
            to={`/orders/${order.id}/edit`}
            leftSection={<IconPencil size={16} aria-hidden />}
          >
            {t('orders.action.edit')}
          </Button>
        )}
        {actions.has('record_payment') && (
          <Button leftSection={<IconCash size={16} aria-hidden />} onClick={() => setDialog('payment')}>
            {t('orders.action.recordPayment')}
          </Button>
        )}
        {actions.has('ship') && (
          <Button leftSection={<IconTruck size={16} aria-hidden />} onClick={() => setDialog('ship')}>
            {t('orders.action.ship')}
          </Button>
        )}
        {actions.has('close') && (
          <Button
            variant="default"
            leftSection={<IconLock size={16} aria-hidden />}
            onClick={() => setDialog('close')}
          >
            {t('orders.action.close')}
          </Button>
        )}
        {actions.has('record_refund') && (
          <Button
            variant="default"
            leftSection={<IconReceiptRefund size={16} aria-hidden />}
            onClick={() => setDialog('refund')}
          >
            {t('orders.action.recordRefund')}
          </Button>
        )}
        {actions.has('return_items') && (
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            onClick={() => setDialog('return')}
          >
            {t('orders.action.returnItems')}
          </Button>
        )}
        {actions.has('cancel') && (
          <Button
            variant="outline"
            color="red"
            leftSection={<IconCircleX size={16} aria-hidden />}
            onClick={() => setDialog('cancel')}
          >
            {t('orders.action.cancel')}
          </Button>
        )}
        {actions.has('delete') && (
          <Button
            variant="outline"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setDialog('delete')}
          >
            {t('orders.action.delete')}
          </Button>
        )}
      </Group>

      <PaymentModal
        order={order}
        opened={dialog === 'payment' || dialog === 'refund'}
        kinds={paymentKinds}
        initialKind={dialog === 'refund' ? 'refund' : 'payment'}
        onClose={closeDialog}
      />
      <ShipmentModal order={order} opened={dialog === 'ship'} onClose={closeDialog} />
      <ReturnModal order={order} opened={dialog === 'return'} onClose={closeDialog} />
      <OrderCommandModal
        opened={dialog === 'cancel'}
        onClose={closeDialog}
        title={t('orders.cancel.title')}
        text={t('orders.cancel.text')}
        field={{ label: t('orders.cancel.reason'), required: true }}
        submitLabel={t('orders.cancel.submit')}
        failedTitle={t('orders.cancel.failed')}
        danger
        mutation={cancel}
        run={(reason, done) => cancel.mutate(reason, { onSuccess: done })}
      />
      <OrderCommandModal
        opened={dialog === 'close'}
        onClose={closeDialog}
        title={t('orders.close.title')}
        text={t('orders.close.text')}
        field={{ label: t('orders.close.note'), required: false }}
        submitLabel={t('orders.close.submit')}
        failedTitle={t('orders.close.failed')}
        mutation={close}
        run={(note, done) => close.mutate(note, { onSuccess: done })}
      />
      <OrderCommandModal
        opened={dialog === 'delete'}
        onClose={closeDialog}
        title={t('orders.delete.title')}
        text={t('orders.delete.text')}
        submitLabel={t('orders.delete.submit')}
        failedTitle={t('orders.delete.failed')}
        danger
        mutation={remove}
        run={() => remove.mutate(undefined, { onSuccess: () => navigate('/orders', { replace: true }) })}
      />
    </Stack>
  );
}
