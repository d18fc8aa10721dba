import { z } from 'zod';

/** Query-string building blocks shared by the list endpoints. */
export const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

export function commaList<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .transform((value) => value.split(','))
    .pipe(z.array(z.enum(values)));
}

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};
