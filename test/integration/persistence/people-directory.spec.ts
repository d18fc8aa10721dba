import { randomUUID } from 'node:crypto';
import { ensurePeople, insertPerson } from '@auditflow/persistence';
import { useTestDatabase } from './test-database';

/** ensurePeople: everyone an audit names joins the directory if missing, in one statement. */
describe('people an audit names', () => {
  const database = useTestDatabase();

  const address = (name: string) => `${name}-${randomUUID()}@example.org`;
  const stored = async (emails: string[]) =>
    (await database.dataSource.query(`SELECT email, name, unit, source, roles FROM people WHERE email = ANY($1::text[]) ORDER BY email`, [emails])) as { email: string; name: string; unit: string | null; source: string; roles: string[] }[];

  it('adds the missing ones with their unit, lower-cased, the first mention of an address winning, and leaves known people as they are', async () => {
    const known = address('known');
    await insertPerson(database.dataSource, { email: known, name: 'Known Person', unit: 'Finance', roles: ['auditor'] }, 'directory');
    const rep = address('rep');
    const delegate = address('delegate');
    await ensurePeople(database.dataSource, [
      { email: rep.toUpperCase(), name: 'Rita Representative', unit: 'IT Operations' },
      { email: rep, name: rep },
      { email: delegate, name: delegate },
      { email: known, name: 'Renamed By An Audit', unit: 'Sales' },
    ]);
    expect(await stored([known, rep, delegate])).toEqual(
      [
        { email: known, name: 'Known Person', unit: 'Finance', source: 'directory', roles: ['auditor'] },
        { email: rep, name: 'Rita Representative', unit: 'IT Operations', source: 'audit', roles: [] },
        { email: delegate, name: delegate, unit: null, source: 'audit', roles: [] },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );
  });

  it('does nothing for nobody', async () => {
    await expect(ensurePeople(database.dataSource, [])).resolves.toBeUndefined();
  });
});
