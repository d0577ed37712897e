import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/pagination';
import { notificationChannels } from './schema';

export const notificationSchema = z
  .object({
    id: z.number().int(),
    channel: z.enum(notificationChannels),
    title: z.string(),
    body: z.string().nullable(),
    readAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'Notification' });

export const notificationListQuerySchema = listQuerySchema(['createdAt', 'id'], '-createdAt');
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;
