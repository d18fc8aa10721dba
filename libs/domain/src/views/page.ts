import { z } from 'zod';

/** The shape of every paged list: items of one schema, the total matching the filters, and the window asked for. */
export function pageSchema<T extends z.ZodTypeAny>(item: T) {
  return z.strictObject({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}
