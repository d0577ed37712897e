import { unwrap } from '@smartcrm/api-client';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { keepProblemExtensions } from '../../../api/problem-extensions';
import { productQueryKeys } from './product-resource';
import type { NewProduct, Product, ProductChanges, ProductStatus } from './product-types';

function productChanged(queryClient: QueryClient, product?: Product) {
  if (product) queryClient.setQueryData(productQueryKeys.detail(product.id), product);
  void queryClient.invalidateQueries({ queryKey: productQueryKeys.all });
  void queryClient.invalidateQueries({ queryKey: productQueryKeys.audit });
}

export function useCreateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProduct) => unwrap(api.POST('/api/products', { body })),
    onSuccess: (created) => productChanged(queryClient, created),
  });
}

/**
 * Changes a product as it was loaded: the write names the version it started from, so a change someone
 * made in between is reported (412) rather than silently overwritten.
 */
export function useUpdateProduct(product: Pick<Product, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProductChanges) =>
      unwrap(
        api.PATCH('/api/products/{id}', {
          params: { path: { id: product.id } },
          body: changes,
          headers: ifMatch(product.version),
        }),
      ),
    onSuccess: (updated) => productChanged(queryClient, updated),
  });
}

export type StatusChange = { status: ProductStatus; reason?: string };

/** Moves the product along its lifecycle; a refused move keeps the `allowed` statuses the server names. */
export function useChangeProductStatus(product: Pick<Product, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: StatusChange) =>
      unwrap(
        api.POST('/api/products/{id}/status', {
          params: { path: { id: product.id } },
          body: change,
          headers: ifMatch(product.version),
          middleware: [keepProblemExtensions],
        }),
      ),
    onSuccess: (updated) => productChanged(queryClient, updated),
  });
}

/** Deletes a draft that never moved stock; anything else is kept (409) and should be archived. */
export function useDeleteProduct(product: Pick<Product, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/products/{id}', {
        params: { path: { id: product.id } },
        headers: ifMatch(product.version),
      });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: productQueryKeys.detail(product.id), exact: true });
      productChanged(queryClient);
    },
  });
}

/** Loads the product again, e.g. after a version conflict. */
export function useReloadProduct(id: number) {
  const queryClient = useQueryClient();
  return () => queryClient.refetchQueries({ queryKey: productQueryKeys.detail(id), exact: true });
}
