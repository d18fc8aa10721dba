import { readInOneRoundTrip, readPage, SqlLiterals, sqlLiteral } from '@auditflow/persistence';
import { useTestDatabase } from './test-database';

/** readInOneRoundTrip: several SELECTs of one reader sent at once, against one read-only snapshot. */
describe('reading in one round trip', () => {
  const database = useTestDatabase();

  it("answers each statement's rows in order, typed as a parameterised query types them", async () => {
    const moment = new Date('2026-12-03T10:15:30.123Z');
    const [first, second, empty] = await readInOneRoundTrip(database.dataSource, [
      `SELECT 1::int AS n, ${sqlLiteral(moment)} AS at, '{"a": [1]}'::jsonb AS data`,
      `SELECT n FROM generate_series(1, 3) n ORDER BY n`,
      `SELECT 1 WHERE false`,
    ] as const);
    const [expected] = await database.dataSource.query(`SELECT 1::int AS n, $1::timestamptz AS at, '{"a": [1]}'::jsonb AS data`, [moment]);
    expect(first).toEqual([expected]);
    expect(first[0]!.at).toEqual(moment);
    expect(second.map((row) => row.n)).toEqual([1, 2, 3]);
    expect(empty).toEqual([]);
  });

  it('quotes strings so they arrive exactly as given', async () => {
    const awkward = `O'Brien \\ "quoted" ; DROP TABLE audits; --`;
    const [[row]] = await readInOneRoundTrip(database.dataSource, [`SELECT ${sqlLiteral(awkward)} AS text`] as const);
    expect(row).toEqual({ text: awkward });
    expect(() => sqlLiteral(Number.NaN)).toThrow('not a finite number for SQL: NaN');
  });

  it('writes lists and flags so PostgreSQL reads them as it reads bound parameters of the same place', async () => {
    const awkward = ['plain', `O'Brien`, 'back\\slash', '"quoted"', 'a,b', '{braces}', ''];
    const [[asText], [asInferred], [asBoolean]] = await readInOneRoundTrip(database.dataSource, [
      `SELECT ${sqlLiteral(awkward)}::text[] AS list, ${sqlLiteral([7, 30.5])}::numeric[] AS numbers`,
      // An untyped list takes the other side's type, as a bound parameter would: here integers, from a list of strings.
      `SELECT 20::int = ANY(${sqlLiteral(['10', '20'])}) AS found`,
      `SELECT ${sqlLiteral(true)} AND NOT ${sqlLiteral(false)} AS both, 1-${sqlLiteral(-5)} AS difference`,
    ] as const);
    expect(asText).toEqual({ list: awkward, numbers: [7, 30.5] });
    expect(asInferred).toEqual({ found: true });
    expect(asBoolean).toEqual({ both: true, difference: 6 });
    expect(() => sqlLiteral([Number.POSITIVE_INFINITY])).toThrow('not a finite number for SQL: Infinity');
    expect(() => new SqlLiterals().add({ id: 1 })).toThrow('not a value for an SQL literal: object');
  });

  it('reads a page and its total together, filters written as literals', async () => {
    const awkward = `it's \\ "odd"`;
    const page = await readPage(database.dataSource, { limit: 2, offset: 1 }, {
      countSql: (params) => `SELECT count(*)::int AS total FROM unnest(${params.add(['a', awkward, 'c', 'd'])}::text[]) AS v(value) WHERE value <> ${params.add('d')}`,
      rowsSql: (params) => `SELECT value FROM unnest(${params.add(['a', awkward, 'c', 'd'])}::text[]) AS v(value) WHERE value <> ${params.add('d')} ORDER BY value`,
      toItem: (row) => row.value as string,
    });
    expect(page).toEqual({ items: ['c', awkward], total: 3, limit: 2, offset: 1 });
    const pastTheEnd = await readPage(database.dataSource, { offset: 10 }, { countSql: () => `SELECT 5 AS total`, rowsSql: () => `SELECT 1 AS n WHERE false`, toItem: (row) => row.n });
    expect(pastTheEnd).toEqual({ items: [], total: 5, limit: 100, offset: 10 });
  });

  it('reads one repeatable-read snapshot that cannot write', async () => {
    const [[isolation], [first], [second]] = await readInOneRoundTrip(database.dataSource, [
      `SELECT current_setting('transaction_isolation') AS level, current_setting('transaction_read_only') AS read_only`,
      `SELECT pg_current_snapshot()::text AS snapshot, now() AS started`,
      `SELECT pg_current_snapshot()::text AS snapshot, now() AS started`,
    ] as const);
    expect(isolation).toEqual({ level: 'repeatable read', read_only: 'on' });
    expect(second).toEqual(first);
    await expect(readInOneRoundTrip(database.dataSource, [`CREATE TEMP TABLE written (n int)`] as const)).rejects.toThrow('read-only transaction');
  });

  it('leaves no connection in a failed transaction when a statement fails', async () => {
    await expect(readInOneRoundTrip(database.dataSource, [`SELECT 1`, `SELECT 1 / 0`, `SELECT 2`] as const)).rejects.toThrow('division by zero');
    // The pool hands out the connection released last: it must be usable, outside any transaction.
    const [[row]] = await readInOneRoundTrip(database.dataSource, [`SELECT 2 AS n`] as const);
    expect(row).toEqual({ n: 2 });
    const [state] = await database.dataSource.query(`SELECT now() = statement_timestamp() AS outside_transaction`);
    expect(state).toEqual({ outside_transaction: true });
  });

  it("runs inside a caller's transaction under the caller's isolation, seeing its own writes", async () => {
    const seen = await database.dataSource.transaction(async (manager) => {
      await manager.query(`CREATE TEMP TABLE caller_rows (n int) ON COMMIT DROP`);
      await manager.query(`INSERT INTO caller_rows VALUES (7)`);
      return readInOneRoundTrip(manager, [`SELECT n FROM caller_rows`, `SELECT current_setting('transaction_read_only') AS read_only`] as const);
    });
    expect(seen).toEqual([[{ n: 7 }], [{ read_only: 'off' }]]);
  });
});
