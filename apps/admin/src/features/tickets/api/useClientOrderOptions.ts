import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n/useI18n';

/** The client's latest orders, to link a ticket to one; nothing is fetched without a client. */
export function useClientOrderOptions(clientId: number | null) {
  return useQuery({
    queryKey: ['orders', 'list', { clientId, purpose: 'ticket-link' }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/orders', {
          params: { query: { clientId: clientId ?? 0, limit: 50, sort: '-orderDate' } },
          signal,
        }),
      ),
    select: (page) => page.items,
    enabled: clientId !== null,
  });
}

/** The same orders as select choices, each named by number, date and total. */
export function useClientOrderChoices(clientId: number | null) {
  const { t, format } = useI18n();
  const orders = useClientOrderOptions(clientId);
  const choices = (orders.data ?? []).map((order) => ({
    value: String(order.id),
    label: t('tickets.new.orderOption', {
      id: order.id,
      date: format.date(order.orderDate),
      total: format.money(order.totalAmount),
    }),
  }));
  return { choices, isPending: orders.isPending };
}
