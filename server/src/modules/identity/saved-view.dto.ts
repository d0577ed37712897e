import { z } from 'zod';

/** The admin's lists a view can be saved for (each list's resource key in the admin app). */
export const savedViewLists = [
  'clients',
  'orders',
  'products',
  'employees',
  'tickets',
  'users',
  'audit',
  'invitations',
  'price-rules',
  'skills',
] as const;

export const savedViewListSchema = z.enum(savedViewLists).describe('The admin list the view belongs to');

const viewName = z.string().trim().min(1).max(100);
const viewQuery = z
  .string()
  .max(2000)
  .describe(
    'The list’s URL query, e.g. `stage=lead&sort=-updatedAt`; page cursors (`after`, `cursor`) are dropped and parameters sorted',
  );

export const savedViewSchema = z
  .object({
    id: z.number().int(),
    list: z.string(),
    name: z.string(),
    query: z.string(),
    shared: z.boolean().describe('Everyone on the team sees the view in their menu of the list'),
    mine: z.boolean().describe('The caller owns the view and may change or delete it'),
    owner: z.object({ id: z.number().int(), name: z.string().describe('Name, or username when unnamed') }),
    createdAt: z.date(),
    updatedAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: 'SavedView' });

export const savedViewListQuerySchema = z.object({ list: savedViewListSchema });

export const createSavedViewBodySchema = z
  .object({
    list: savedViewListSchema,
    name: viewName,
    query: viewQuery,
    shared: z.boolean().default(false).describe('Only admins and managers may share (403 share_not_allowed)'),
  })
  .strict();

export const updateSavedViewBodySchema = z
  .object({ name: viewName, query: viewQuery, shared: z.boolean() })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'send at least one of name, query, shared');

export type SavedViewDto = z.infer<typeof savedViewSchema>;
export type SavedViewList = (typeof savedViewLists)[number];
export type NewSavedView = z.infer<typeof createSavedViewBodySchema>;
export type SavedViewChanges = z.infer<typeof updateSavedViewBodySchema>;
