import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/pagination';
import { clientStatuses } from './schema';

export const clientSchema = z
  .object({
    id: z.number().int(),
    companyName: z.string(),
    contactPerson: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    industry: z.string().nullable(),
    status: z.enum(clientStatuses),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Client' });

export type ClientDto = z.infer<typeof clientSchema>;

export const clientListQuerySchema = listQuerySchema(['companyName', 'createdAt', 'id'], 'companyName');
export type ClientListQuery = z.infer<typeof clientListQuerySchema>;
