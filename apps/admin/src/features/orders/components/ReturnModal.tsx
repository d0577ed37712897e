import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { OrderDetail } from '../api/order-types';
import { useReturnItems } from '../api/useOrderWrites';
import { chosenLines, type LineQuantities, quantityFits, returnable } from '../utils/order-lines';
import { LineQuantityFields } from './LineQuantityFields';
import { OrderProblemAlert } from './OrderProblemAlert';

export type ReturnModalProps = { order: OrderDetail; opened: boolean; onClose: () => void };

/** Takes shipped goods back into stock; money goes back only through a refund. */
export function ReturnModal({ order, opened, onClose }: ReturnModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('orders.return.title')}
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {opened && <ReturnForm order={order} onDone={onClose} />}
    </Modal>
  );
}

function ReturnForm({ order, onDone }: { order: OrderDetail; onDone: () => void }) {
  const { t } = useI18n();
  const takeBack = useReturnItems(order);
  const [quantities, setQuantities] = useState<LineQuantities>({});
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const lines = chosenLines(quantities);
  const fits = order.items.every((item) => quantityFits(quantities[item.id] ?? 0, returnable(item)));

  const submit = () => {
    setTouched(true);
    if (lines.length === 0 || !fits || !reason.trim()) return;
    takeBack.mutate({ items: lines, reason: reason.trim() }, { onSuccess: onDone });
  };

  return (
    <form
      noValidate
      aria-label={t('orders.return.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('orders.return.hint')}
        </Text>
        {takeBack.isError && <OrderProblemAlert error={takeBack.error} title={t('orders.return.failed')} />}
        <LineQuantityFields
          items={order.items}
          limitOf={returnable}
          limitLabel={t('orders.return.returnable')}
          quantities={quantities}
          onChange={setQuantities}
          caption={t('orders.return.lines')}
        />
        {touched && lines.length === 0 && (
          <Text size="sm" c="red.8" role="alert">
            {t('orders.return.nothingChosen')}
          </Text>
        )}
        <Textarea
          label={t('orders.return.reason')}
          required
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={touched && !reason.trim() ? t('orders.reasonRequired') : undefined}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={takeBack.isPending}>
            {t('orders.return.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
