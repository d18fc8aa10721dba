import { EntityManager } from 'typeorm';

/** The column types the projection writes; each is also the type jsonb_to_recordset parses the value as. */
export type SqlType = 'text' | 'uuid' | 'integer' | 'boolean' | 'timestamptz' | 'jsonb';

/** A row as sent to PostgreSQL: snake_case keys, ISO strings for timestamps, plain objects for jsonb. */
export type SqlRow = object;

/** Table and column names are constants of this code base, never input, so they are safe to put in the SQL text. */
export interface TableSpec<Row extends SqlRow> {
  table: string;
  /** The primary key (the ON CONFLICT target). */
  key: ReadonlyArray<keyof Row & string>;
  columns: { readonly [Column in keyof Row & string]: SqlType };
}

/**
 * Inserts the rows, or overwrites existing ones that were written by the same or an older progress record
 * (`last_seq <= incoming last_seq`). A row written by a newer record is left alone, so a late retry of an older
 * record can add what is missing but never roll anything back. One statement per table: the batch travels as a
 * single jsonb parameter and `jsonb_to_recordset` turns it back into typed rows.
 */
export async function upsertGuarded<Row extends SqlRow & { last_seq: number }>(db: EntityManager, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(spec.columns) as Array<keyof Row & string>;
  const updated = columns.filter((column) => !spec.key.includes(column));
  const sql = `
    INSERT INTO ${spec.table} AS existing (${columns.join(', ')})
    SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS incoming(${recordsetColumns(spec)})
    ON CONFLICT (${spec.key.join(', ')}) DO UPDATE SET ${updated.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
    WHERE existing.last_seq <= EXCLUDED.last_seq`;
  await db.query(sql, [jsonParameter(lastPerKey(spec, rows))]);
}

/** Inserts the rows whose key is not taken yet; rows already there stay exactly as they are. */
export async function insertMissing<Row extends SqlRow>(db: EntityManager, spec: TableSpec<Row>, rows: readonly Row[], orderBy?: keyof Row & string): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(spec.columns);
  const sql = `
    INSERT INTO ${spec.table} (${columns.join(', ')})
    SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS incoming(${recordsetColumns(spec)})
    ${orderBy ? `ORDER BY ${orderBy}` : ''}
    ON CONFLICT (${spec.key.join(', ')}) DO NOTHING`;
  await db.query(sql, [jsonParameter(rows)]);
}

/**
 * The batch as one jsonb parameter. PostgreSQL's text and jsonb cannot hold U+0000; a NUL typed into some free-text
 * field would fail the record on every retry and stall the workflow's projection, so it is dropped here instead.
 */
export function jsonParameter(rows: readonly SqlRow[]): string {
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\u0000', '') : value));
}

/** The column list of `jsonb_to_recordset(...) AS alias(...)`, typed as the spec says. */
export function recordsetColumns<Row extends SqlRow>(spec: TableSpec<Row>): string {
  return Object.entries(spec.columns)
    .map(([column, type]) => `${column} ${type}`)
    .join(', ');
}

/** ON CONFLICT DO UPDATE may touch a row only once per statement; a batch never should repeat a key, but if it does the last wins. */
function lastPerKey<Row extends SqlRow>(spec: TableSpec<Row>, rows: readonly Row[]): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) byKey.set(JSON.stringify(spec.key.map((column) => row[column])), row);
  return [...byKey.values()];
}
