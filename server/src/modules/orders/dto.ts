import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/pagination';
import { moneySchema } from '../catalog';
import { orderStatuses } from './schema';

export const orderSchema = z
  .object({
    id: z.number().int(),
    clientId: z.number().int(),
    clientName: z.string(),
    totalAmount: moneySchema,
    status: z.enum(orderStatuses),
    orderDate: z.date(),
    deliveryDate: z.date().nullable(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Order' });

export type OrderDto = z.infer<typeof orderSchema>;

export const orderListQuerySchema = listQuerySchema(
  ['orderDate', 'totalAmount', 'createdAt', 'id'],
  '-orderDate',
).extend({
  status: z.enum(orderStatuses).optional().describe('Only orders in this status'),
  clientId: z.coerce.number().int().min(1).optional().describe("Only this client's orders"),
});
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;
