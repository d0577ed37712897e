import { isApiProblem, unwrap } from '@smartcrm/api-client';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { keepProblemExtensions } from '../../../api/problem-extensions';
import {
  type NewOrder,
  type NewPayment,
  type NewReturn,
  type NewShipment,
  type OrderChanges,
  type OrderDetail,
  orderQueryKeys,
} from './order-types';

/** The order as it was loaded: writes name its version, so a change made in between is a 412. */
type LoadedOrder = Pick<OrderDetail, 'id' | 'version'>;

// Every order write answers with the whole order; the lists, the board and the reports are stale then.
function storeOrder(queryClient: QueryClient, order: OrderDetail) {
  queryClient.setQueryData(orderQueryKeys.detail(order.id), order);
  void queryClient.invalidateQueries({ queryKey: orderQueryKeys.lists });
  void queryClient.invalidateQueries({ queryKey: orderQueryKeys.board });
  void queryClient.invalidateQueries({ queryKey: orderQueryKeys.reports });
}

function isVersionConflict(error: unknown): boolean {
  return isApiProblem(error) && error.code === 'version_conflict';
}

/**
 * One write on a loaded order. A version conflict loads the order again at once, so the page shows what
 * changed while the error tells the user to look and try again.
 */
function useOrderWrite<Input>(
  order: LoadedOrder,
  write: (input: Input, version: number) => Promise<OrderDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => write(input, order.version),
    onSuccess: (updated) => storeOrder(queryClient, updated),
    onError: (error) => {
      if (isVersionConflict(error)) {
        void queryClient.refetchQueries({ queryKey: orderQueryKeys.detail(order.id), exact: true });
      }
    },
  });
}

const middleware = [keepProblemExtensions];
const path = (id: number) => ({ path: { id } });

export function useConfirmOrder(order: LoadedOrder) {
  return useOrderWrite(order, (_: undefined, version) =>
    unwrap(
      api.POST('/api/orders/{id}/confirm', {
        params: path(order.id),
        body: {},
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

export function useCancelOrder(order: LoadedOrder) {
  return useOrderWrite(order, (reason: string, version) =>
    unwrap(
      api.POST('/api/orders/{id}/cancel', {
        params: path(order.id),
        body: { reason },
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

export function useCloseOrder(order: LoadedOrder) {
  return useOrderWrite(order, (note: string, version) =>
    unwrap(
      api.POST('/api/orders/{id}/close', {
        params: path(order.id),
        body: note.trim() ? { note: note.trim() } : {},
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

export function useRecordPayment(order: LoadedOrder) {
  return useOrderWrite(order, (payment: NewPayment, version) =>
    unwrap(
      api.POST('/api/orders/{id}/payments', {
        params: path(order.id),
        body: payment,
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

export function useShipOrder(order: LoadedOrder) {
  return useOrderWrite(order, (shipment: NewShipment, version) =>
    unwrap(
      api.POST('/api/orders/{id}/shipments', {
        params: path(order.id),
        body: shipment,
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

export function useDeliverShipment(order: LoadedOrder) {
  return useOrderWrite(order, (shipmentId: number, version) =>
    unwrap(
      api.POST('/api/orders/{id}/shipments/{shipmentId}/deliver', {
        params: { path: { id: order.id, shipmentId } },
        body: {},
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

export function useReturnItems(order: LoadedOrder) {
  return useOrderWrite(order, (goods: NewReturn, version) =>
    unwrap(
      api.POST('/api/orders/{id}/returns', {
        params: path(order.id),
        body: goods,
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

/** Deletes a draft; confirmed orders are history and are cancelled instead. */
export function useDeleteDraft(order: LoadedOrder) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/orders/{id}', {
        params: path(order.id),
        headers: ifMatch(order.version),
        middleware,
      });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: orderQueryKeys.detail(order.id), exact: true });
      void queryClient.invalidateQueries({ queryKey: orderQueryKeys.lists });
      void queryClient.invalidateQueries({ queryKey: orderQueryKeys.board });
    },
    onError: (error) => {
      if (isVersionConflict(error)) {
        void queryClient.refetchQueries({ queryKey: orderQueryKeys.detail(order.id), exact: true });
      }
    },
  });
}

export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: NewOrder) => unwrap(api.POST('/api/orders', { body: draft, middleware })),
    onSuccess: (created) => storeOrder(queryClient, created),
  });
}

/** Saves a draft's new content (every line is priced again), from the version it was loaded at. */
export function useSaveDraft(order: LoadedOrder) {
  return useOrderWrite(order, (changes: OrderChanges, version) => saveDraft(order.id, changes, version));
}

/**
 * Saves the draft's pending changes, if any, then confirms it from the version that save produced: one
 * click for the user, two requests. A failed confirmation leaves the saved draft, so nothing typed is lost.
 */
export function useSaveAndConfirmDraft(order: LoadedOrder) {
  const queryClient = useQueryClient();
  return useOrderWrite(order, async (changes: OrderChanges | null, version) => {
    let confirmFrom = version;
    if (changes) {
      const saved = await saveDraft(order.id, changes, version);
      storeOrder(queryClient, saved);
      confirmFrom = saved.version;
    }
    return unwrap(
      api.POST('/api/orders/{id}/confirm', {
        params: path(order.id),
        body: {},
        headers: ifMatch(confirmFrom),
        middleware,
      }),
    );
  });
}

function saveDraft(id: number, changes: OrderChanges, version: number): Promise<OrderDetail> {
  return unwrap(
    api.PATCH('/api/orders/{id}', { params: path(id), body: changes, headers: ifMatch(version), middleware }),
  );
}
