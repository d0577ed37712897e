import { useI18n } from '../../../i18n/useI18n';

/** Plain words for the problems order writes and quotes run into, by problem code. */
export function useOrderProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    version_conflict: t('orders.error.versionConflict'),
    not_owner: t('orders.error.notOwner'),
    illegal_transition: t('orders.error.illegalTransition'),
    client_archived: t('orders.error.clientArchived'),
    client_not_found: t('orders.error.clientNotFound'),
    product_not_found: t('orders.error.productNotFound'),
    product_not_sellable: t('orders.error.productNotSellable'),
    mixed_currencies: t('orders.error.mixedCurrencies'),
    order_empty: t('orders.error.orderEmpty'),
    total_too_large: t('orders.error.totalTooLarge'),
    order_not_found: t('orders.error.notFound'),
    shipment_not_found: t('orders.error.shipmentNotFound'),
    nothing_to_ship: t('orders.error.nothingToShip'),
    shipment_exceeds_order: t('orders.error.shipmentExceedsOrder'),
    return_exceeds_shipped: t('orders.error.returnExceedsShipped'),
    shipment_already_delivered: t('orders.error.alreadyDelivered'),
    date_in_future: t('orders.error.dateInFuture'),
    delivered_before_shipped: t('orders.error.deliveredBeforeShipped'),
    forbidden: t('orders.error.forbidden'),
  };
}
