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
