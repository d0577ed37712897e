import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/**
 * Query parameters every list accepts. `sort` is one of the resource's sortable fields, with a leading
 * `-` for descending order.
 */
export function listQuerySchema<const Field extends string>(
  sortFields: readonly Field[],
  defaultSort: NoInfer<Field> | `-${NoInfer<Field>}`,
) {
  const sortValues = sortFields.flatMap((field) => [field, `-${field}`] as const);
  return z.object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_SIZE)
      .default(DEFAULT_PAGE_SIZE)
      .describe(`Page size, at most ${MAX_PAGE_SIZE}`),
    cursor: z.string().max(1024).optional().describe('The `nextCursor` of the previous page'),
    sort: z
      .enum(sortValues as [`${Field}` | `-${Field}`, ...(`${Field}` | `-${Field}`)[]])
      // biome-ignore lint/suspicious/noExplicitAny: zod cannot see that the default is one of the enum values
      .default(defaultSort as any)
      .describe('Sort field; prefix with - for descending'),
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((value) => value || undefined)
      .describe('Search text'),
  });
}

export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}

export type Page<Item> = { items: Item[]; nextCursor: string | null };

export const idParamsSchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647).describe('Record id'),
});
