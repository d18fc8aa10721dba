/** Columns that describe how a row was written, not what it says. */
const BOOKKEEPING = ['last_seq'];

/**
 * A database row as a plain camelCase object: snake_case column names become camelCase, timestamps become ISO
 * strings (the domain's representation) and NULL columns are left out (the domain's optional fields).
 * Only top-level columns are touched; jsonb values come back exactly as they were stored.
 */
export function plainRow<T>(row: Record<string, unknown>, omit: readonly string[] = []): T {
  const plain: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === null || BOOKKEEPING.includes(column) || omit.includes(column)) continue;
    plain[camelCase(column)] = value instanceof Date ? value.toISOString() : value;
  }
  return plain as T;
}

// Column names come from the queries' own text, so this stays small; a list of 500 rows would otherwise convert the
// same 25 names 12,500 times (about half of turning a page of rows into objects).
const camelCaseColumns = new Map<string, string>();

export function camelCase(column: string): string {
  let camel = camelCaseColumns.get(column);
  if (camel === undefined) {
    camel = column.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
    camelCaseColumns.set(column, camel);
  }
  return camel;
}

/** Collection rows read as the domain type they were projected from: the audit id and write time are the caller's. */
export function domainRow<T>(row: Record<string, unknown>): T {
  return plainRow<T>(row, ['audit_id', 'updated_at']);
}
