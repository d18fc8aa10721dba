import { readInOneRoundTrip, SqlLiterals } from './one-round-trip';
import { ReadModelSource, SqlParameters } from './source';

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

/**
 * One page of a list and the total count, read from one snapshot so the two agree, in one round trip (the count and
 * the rows go together; see readInOneRoundTrip).
 */
export async function readPage<T>(source: ReadModelSource, request: PageRequest, query: PageQuery<T>): Promise<Page<T>> {
  return (await readPageWith(source, request, query)).page;
}

/**
 * readPage, with one more SELECT about the same rows (a summary of every match, not only the page's) read in the same
 * round trip and snapshot; its rows come back beside the page.
 */
export async function readPageWith<T, Alongside = Record<string, unknown>>(
  source: ReadModelSource,
  request: PageRequest,
  query: PageQuery<T>,
  alongsideSql?: (params: SqlParameters) => string,
): Promise<{ page: Page<T>; alongside: Alongside[] }> {
  const { limit, offset } = pageBounds(request);
  const literals = new SqlLiterals();
  const statements = [query.countSql(literals), `${query.rowsSql(literals)} LIMIT ${limit} OFFSET ${offset}`, ...(alongsideSql ? [alongsideSql(literals)] : [])];
  const [[counted], rows, alongside = []] = await readInOneRoundTrip(source, statements);
  return { page: { items: rows!.map((row) => query.toItem(row)), total: (counted as { total: number }).total, limit, offset }, alongside: alongside as Alongside[] };
}

/** A page of a list already in memory, bounded as readPage bounds a request. */
export function pageOf<T>(items: readonly T[], request: PageRequest): Page<T> {
  const { limit, offset } = pageBounds(request);
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}
