import { escapeLiteral } from 'pg';
import { DataSource } from 'typeorm';
import { ReadModelSource, SqlParameters } from './source';

type Row = Record<string, unknown>;

/** The rows of each statement, position for position. */
type RowsOf<Statements extends readonly string[]> = { -readonly [Index in keyof Statements]: Row[] };

/**
 * A value written into SQL text as a literal: what readers pass (ids, filters, flags, moments, counts, lists of
 * those). Anything else is refused rather than guessed at.
 */
export type SqlLiteralValue = string | number | boolean | Date | readonly (string | number)[];

/**
 * The value as a PostgreSQL literal, for SQL sent without bound parameters (readInOneRoundTrip). Strings are quoted by
 * pg's own escapeLiteral and stay untyped, so PostgreSQL infers their type from where they stand, as it does for a
 * bound parameter; a list becomes an untyped array literal for the same reason (`grade = ANY('{"major"}')` reads as
 * the column's enum); a moment becomes a typed timestamptz; a number must be finite.
 */
export function sqlLiteral(value: SqlLiteralValue): string {
  if (value instanceof Date) return `${escapeLiteral(value.toISOString())}::timestamptz`;
  if (typeof value === 'number') return finiteNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return escapeLiteral(value);
  if (Array.isArray(value)) return escapeLiteral(`{${value.map(arrayElement).join(',')}}`);
  throw new Error(`not a value for an SQL literal: ${typeof value}`);
}

/** One element of an array literal: numbers bare, strings double-quoted with `"` and `\` escaped. */
function arrayElement(value: unknown): string {
  if (typeof value === 'number') return finiteNumber(value);
  if (typeof value === 'string') return `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
  throw new Error(`not a value for an SQL array literal: ${typeof value}`);
}

/** Negative numbers in parentheses: after a minus sign a bare -5 would begin a comment (--5). */
function finiteNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number for SQL: ${value}`);
  return value < 0 ? `(${value})` : String(value);
}

/**
 * Builds SQL the way SqlParameters does, but writes each value into the text as a literal, for statements that go
 * in one round trip without bound parameters.
 */
export class SqlLiterals extends SqlParameters {
  override add(value: unknown): string {
    return sqlLiteral(value as SqlLiteralValue);
  }

  override timestamp(value: Date): string {
    return sqlLiteral(value);
  }
}

/**
 * Runs SELECT statements against one REPEATABLE READ snapshot in a single round trip, and returns each statement's
 * rows in order. A reader of a dozen tables (an audit's detail) otherwise pays a dozen round trips plus three for the
 * transaction, and each costs a socket write and read on both sides, which dominated such reads under load.
 * The statements go as one simple-protocol query, which cannot carry bound parameters: build them with sqlLiteral.
 * Inside a caller's transaction (an EntityManager) they run one by one under the caller's isolation.
 */
export async function readInOneRoundTrip<Statements extends readonly string[]>(source: ReadModelSource, statements: Statements): Promise<RowsOf<Statements>> {
  if (!(source instanceof DataSource)) {
    const results: Row[][] = [];
    for (const statement of statements) results.push(await source.query(statement));
    return results as RowsOf<Statements>;
  }
  const runner = source.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    const text = ['BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', ...statements, 'COMMIT'].join(';\n');
    let results: PgResult[];
    try {
      results = (await client.query(text)) as PgResult[];
    } catch (error) {
      // A failed statement leaves the transaction open and aborted: end it before the connection returns to the pool.
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return results.slice(1, -1).map((result) => result.rows) as RowsOf<Statements>;
  } finally {
    await runner.release();
  }
}

interface PgResult {
  rows: Row[];
}

interface PgClient {
  query(text: string): Promise<PgResult | PgResult[]>;
}
