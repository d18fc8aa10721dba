import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertPerson, insertSession, useSession } from '@auditflow/persistence';
import { useTestDatabase } from './test-database';

const MINUTE = 60_000;

/** useSession: finds an open session and moves its last-seen time, in one statement. */
describe('using a session', () => {
  const database = useTestDatabase();
  let dataSource: DataSource;
  let personId: string;

  beforeAll(async () => {
    dataSource = database.dataSource;
    personId = (await insertPerson(dataSource, { email: `session-${randomUUID()}@example.org`, name: 'Session Holder', roles: ['auditor'] }, 'directory'))!.id;
  });

  /** A session last seen `secondsAgo` seconds ago; answers its id hash. */
  async function sessionLastSeen(secondsAgo: number): Promise<string> {
    const idHash = randomUUID();
    await insertSession(dataSource, { idHash, personId, method: 'link', csrfToken: 'csrf', expiresAt: new Date(Date.now() + 60 * MINUTE) });
    await dataSource.query(`UPDATE sessions SET last_seen_at = now() - ($2::int * interval '1 second') WHERE id_hash = $1`, [idHash, secondsAgo]);
    return idHash;
  }
  const secondsSinceSeen = async (idHash: string): Promise<number> =>
    Number((await dataSource.query(`SELECT extract(epoch FROM now() - last_seen_at) AS seconds FROM sessions WHERE id_hash = $1`, [idHash]))[0].seconds);

  it('answers the session and its person, and moves last-seen to now once it is older than half the idle time', async () => {
    const idHash = await sessionLastSeen(90);
    const found = await useSession(dataSource, idHash, 10 * MINUTE);
    expect(found).toEqual({ session: { idHash, method: 'link', csrfToken: 'csrf' }, person: expect.objectContaining({ id: personId, name: 'Session Holder', roles: ['auditor'], active: true }) });
    expect(await secondsSinceSeen(idHash)).toBeLessThan(30);
  });

  it('leaves last-seen alone when it moved recently, to spare writes', async () => {
    const idHash = await sessionLastSeen(20);
    expect(await useSession(dataSource, idHash, 10 * MINUTE)).toBeDefined();
    expect(await secondsSinceSeen(idHash)).toBeGreaterThanOrEqual(20);
  });

  it('answers nothing for a session idle too long, and does not bring it back', async () => {
    const idHash = await sessionLastSeen(11 * 60);
    expect(await useSession(dataSource, idHash, 10 * MINUTE)).toBeUndefined();
    expect(await secondsSinceSeen(idHash)).toBeGreaterThanOrEqual(11 * 60);
  });
});
