import { DataSource, EntityManager } from 'typeorm';

/** Read-model functions take either the DataSource or the EntityManager of a surrounding transaction. */
export type ReadModelSource = DataSource | EntityManager;

/**
 * Runs several reads against one snapshot. The projection commits each workflow step atomically, so a
 * REPEATABLE READ transaction shows an audit as it was after some step, never half of one. Inside a caller's
 * transaction the caller's isolation applies.
 */
export function withSnapshot<T>(source: ReadModelSource, read: (db: EntityManager) => Promise<T>): Promise<T> {
  return source instanceof DataSource ? source.transaction('REPEATABLE READ', read) : read(source);
}

/** Builds a positional parameter list alongside the SQL text that refers to it. */
export class SqlParameters {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder ($1, $2 ...). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** Adds a moment, typed so PostgreSQL knows it even where a query (such as a count) does not use it. */
  timestamp(value: Date): string {
    return `${this.add(value)}::timestamptz`;
  }
}

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  /** Rows matching the filters, regardless of limit and offset. */
  total: number;
  limit: number;
  offset: number;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export function pageBounds(request: PageRequest): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(request.limit ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
  const offset = Math.max(Math.trunc(request.offset ?? 0), 0);
  return { limit, offset };
}

/** How one list reads: the count of all matching rows, the ordered rows, and how a row becomes an item. */
export interface PageQuery<T> {
  /** `SELECT count(*)::int AS total ...`; adds its parameters to `params`. */
  countSql(params: SqlParameters): string;
  /** The ordered `SELECT`, without LIMIT and OFFSET; adds its parameters to `params`. */
  rowsSql(params: SqlParameters): string;
  toItem(row: Record<string, unknown>): T;
}

/** One page of a list and the total count, read from one snapshot so the two agree. */
export function readPage<T>(source: ReadModelSource, request: PageRequest, query: PageQuery<T>): Promise<Page<T>> {
  const { limit, offset } = pageBounds(request);
  return withSnapshot(source, async (db) => {
    const counting = new SqlParameters();
    const [{ total }] = (await db.query(query.countSql(counting), counting.values)) as Array<{ total: number }>;
    const params = new SqlParameters();
    const rows = (await db.query(`${query.rowsSql(params)} LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`, params.values)) as Array<Record<string, unknown>>;
    return { items: rows.map((row) => query.toItem(row)), total, limit, offset };
  });
}
