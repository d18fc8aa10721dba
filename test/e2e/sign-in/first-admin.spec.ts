import { LoggerService } from '@nestjs/common';
import { createThrowawayDatabase, dropDatabase } from '@auditflow/devstack';
import { runMigrations } from '@auditflow/persistence';
import { sessionCookie } from '@auditflow/samples';
import { http, startApi, startMailbox, testConfig, testDatabaseUrl, TestMailbox } from '../../support/test-stack';

/** Collects what the API logs, to read the setup link it prints. */
function recordingLogger(lines: string[]): LoggerService {
  const keep = (message: unknown) => void lines.push(String(message));
  return { log: keep, warn: keep, error: keep, debug: keep, verbose: keep };
}

describe('the first admin on an empty directory', () => {
  let databaseUrl: string;
  let mail: TestMailbox;

  beforeAll(async () => {
    databaseUrl = await createThrowawayDatabase(testDatabaseUrl(), 'auditflow_setup');
    await runMigrations(databaseUrl);
    mail = await startMailbox();
  });
  afterAll(async () => {
    await mail?.stop();
    if (databaseUrl) await dropDatabase(testDatabaseUrl(), new URL(databaseUrl).pathname.slice(1));
  });

  const config = () => testConfig({ DATABASE_URL: databaseUrl, ADMIN_EMAIL: undefined, SMTP_URL: mail.smtpUrl });

  it('gets a one-time setup link at start, usable once, and none once an admin exists', async () => {
    const lines: string[] = [];
    const api = await startApi(config(), { databaseUrl, logger: recordingLogger(lines) });
    let token: string;
    try {
      const printed = lines.find((line) => line.includes('/auth/setup?token='));
      expect(printed).toContain('No administrator yet');
      token = new URL(/https?:\/\/\S+/.exec(printed!)![0]).searchParams.get('token')!;
      expect((await http(api.baseUrl).get(`/auth/setup?token=${token}`, { accept: 'text/html' })).body).toContain('Become administrator');

      const setup = await http(api.baseUrl).post('/auth/setup', { token, email: 'First.Admin@Example.org', name: 'Fay First' });
      expect(setup.status).toBe(200);
      expect(setup.body.person).toMatchObject({ email: 'first.admin@example.org', name: 'Fay First', roles: ['admin'] });
      const people = await http(api.baseUrl).get('/people', { cookie: sessionCookie(setup) });
      expect(people.body.items.map((person: { email: string }) => person.email)).toEqual(['first.admin@example.org']);

      const again = await http(api.baseUrl).post('/auth/setup', { token, email: 'intruder@example.org', name: 'Ivy Intruder' });
      expect(again.status).toBe(401);
    } finally {
      await api.close();
    }

    const restartLines: string[] = [];
    const restarted = await startApi(config(), { databaseUrl, logger: recordingLogger(restartLines) });
    await restarted.close();
    expect(restartLines.some((line) => line.includes('/auth/setup?token='))).toBe(false);
  });
});
