import { z } from 'zod';
import { durationToMs, isIsoDuration } from '../duration';

/** An ISO 8601 duration longer than zero: a cycle, a frequency or a window of no length would plan nothing. */
export const positiveDuration = z
  .string()
  .refine((value) => isIsoDuration(value) && durationToMs(value) > 0, { message: 'must be an ISO 8601 duration longer than zero, such as P3Y, P30D or PT90S' });
