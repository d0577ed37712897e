import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { OrderDetail } from '../api/order-types';
import { useShipOrder } from '../api/useOrderWrites';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from '../utils/date-input';
import { chosenLines, type LineQuantities, quantityFits, remainingToShip } from '../utils/order-lines';
import { LineQuantityFields } from './LineQuantityFields';
import { OrderProblemAlert } from './OrderProblemAlert';

export type ShipmentModalProps = { order: OrderDetail; opened: boolean; onClose: () => void };

/** Ships some or all of what is left, with the carrier and tracking number the customer will see. */
export function ShipmentModal({ order, opened, onClose }: ShipmentModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('orders.shipment.title')}
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {opened && <ShipmentForm order={order} onDone={onClose} />}
    </Modal>
  );
}

function ShipmentForm({ order, onDone }: { order: OrderDetail; onDone: () => void }) {
  const { t } = useI18n();
  const ship = useShipOrder(order);
  // Everything still to ship, unless the user holds some of it back.
  const [quantities, setQuantities] = useState<LineQuantities>(() =>
    Object.fromEntries(order.items.map((item) => [item.id, remainingToShip(item)])),
  );
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [shippedAt, setShippedAt] = useState(() => toLocalDateTimeInput(new Date()));
  const [touched, setTouched] = useState(false);
  const lines = chosenLines(quantities);
  const fits = order.items.every((item) => quantityFits(quantities[item.id] ?? 0, remainingToShip(item)));

  const submit = () => {
    setTouched(true);
    if (lines.length === 0 || !fits) return;
    const at = fromLocalDateTimeInput(shippedAt);
    ship.mutate(
      {
        items: lines,
        ...(carrier.trim() ? { carrier: carrier.trim() } : {}),
        ...(trackingNumber.trim() ? { trackingNumber: trackingNumber.trim() } : {}),
        ...(at ? { shippedAt: at } : {}),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form
      noValidate
      aria-label={t('orders.shipment.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {ship.isError && <OrderProblemAlert error={ship.error} title={t('orders.shipment.failed')} />}
        <LineQuantityFields
          items={order.items}
          limitOf={remainingToShip}
          limitLabel={t('orders.shipment.remaining')}
          quantities={quantities}
          onChange={setQuantities}
          caption={t('orders.shipment.lines')}
        />
        {touched && lines.length === 0 && (
          <Text size="sm" c="red.8" role="alert">
            {t('orders.shipment.nothingChosen')}
          </Text>
        )}
        <Group grow align="flex-start">
          <TextInput
            label={t('orders.shipment.carrier')}
            maxLength={100}
            value={carrier}
            onChange={(event) => setCarrier(event.currentTarget.value)}
          />
          <TextInput
            label={t('orders.shipment.tracking')}
            maxLength={100}
            value={trackingNumber}
            onChange={(event) => setTrackingNumber(event.currentTarget.value)}
          />
        </Group>
        <TextInput
          type="datetime-local"
          label={t('orders.shipment.shippedAt')}
          value={shippedAt}
          onChange={(event) => setShippedAt(event.currentTarget.value)}
          maw={260}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={ship.isPending}>
            {t('orders.shipment.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
