import type { Database } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import type { ProductListQuery } from './dto';
import { findCategories, findProductById, findProducts } from './product.repository';

export function createProductService(deps: { db: Database }) {
  const { db } = deps;
  return {
    /** Every product, drafts and discontinued included: for staff. */
    listProducts: (query: ProductListQuery) => findProducts(db, { query }),

    async getProduct(id: number) {
      const product = await findProductById(db, id);
      if (!product) throw notFound('product', id);
      return product;
    },

    /** What the public catalogue shows: active products only. */
    listPublishedProducts: (query: ProductListQuery) => findProducts(db, { query, onlyStatus: 'active' }),

    async getPublishedProduct(id: number) {
      const product = await findProductById(db, id);
      if (product?.status !== 'active') throw notFound('product', id);
      return product;
    },

    listCategories: async () => ({ items: await findCategories(db) }),
  };
}
