import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/pagination';
import { productStatuses } from './schema';

export const moneySchema = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .describe('Decimal amount as a string, so no precision is lost');

export const productSchema = z
  .object({
    id: z.number().int(),
    sku: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    price: moneySchema,
    categoryId: z.number().int().nullable(),
    categoryName: z.string().nullable(),
    status: z.enum(productStatuses),
    specifications: z.record(z.string(), z.string()),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Product' });

export type ProductDto = z.infer<typeof productSchema>;

export const categorySchema = z
  .object({ id: z.number().int(), name: z.string(), slug: z.string() })
  .meta({ id: 'ProductCategory' });

export const productListQuerySchema = listQuerySchema(['name', 'price', 'createdAt', 'id'], 'name').extend({
  categoryId: z.coerce.number().int().min(1).optional().describe('Only products in this category'),
});
export type ProductListQuery = z.infer<typeof productListQuerySchema>;
