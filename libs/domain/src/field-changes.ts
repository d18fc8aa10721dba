import type { FieldChanges } from './views/history';

/**
 * What a change did to a record, field by field: each field whose value differs between `before` and `after`, with
 * both values. Without `before` (the record is new) every field of `after` is listed with its value alone.
 */
export function fieldChanges(before: Record<string, unknown> | undefined, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(after)) {
    if (!before) changes[field] = { after: value };
    else if (!sameValue(before[field], value)) changes[field] = { before: before[field] ?? null, after: value };
  }
  return changes;
}

/** Equal as JSON values: key order does not matter (PostgreSQL's jsonb keeps its own order). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
