import type { z } from 'zod';
import { onFirstUse } from './on-first-use';

/** A registry entry as written: its payload schema as the function that builds it. */
export type PayloadDraft<Spec extends { payload: z.ZodTypeAny }> = Omit<Spec, 'payload'> & { payload: () => z.ZodTypeAny };

/** Registry entries as written, each with the function that builds its payload schema. */
type PayloadDrafts = Record<string, { payload: () => z.ZodTypeAny }>;

/** The same entries with `payload` the schema itself. */
export type PayloadsBuilt<T extends PayloadDrafts> = {
  readonly [K in keyof T]: Omit<T[K], 'payload'> & { readonly payload: ReturnType<T[K]['payload']> };
};

/**
 * An action registry whose payload schemas are built the first time each is read, then kept. A workflow evaluates the
 * domain's modules again in its own module cache (the worker's reusable V8 context) and takes few steps per workflow
 * task, so building every step's schema up front cost each workflow it created or replayed milliseconds for nothing.
 * The API and the web app read the same schema object on every use.
 */
export function payloadsOnFirstUse<T extends PayloadDrafts>(drafts: T): PayloadsBuilt<T> {
  const registry: Record<string, unknown> = {};
  for (const [name, { payload: build, ...spec }] of Object.entries(drafts)) {
    registry[name] = Object.defineProperty({ ...spec }, 'payload', { enumerable: true, get: onFirstUse(build) });
  }
  return registry as PayloadsBuilt<T>;
}
