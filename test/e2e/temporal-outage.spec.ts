import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, REPO_ROOT, resolveTemporalCli, startTemporalDevServer, TemporalDevServer } from '@auditflow/devstack';
import { AuditflowClient, SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme } from '@auditflow/samples';
import { testClient } from '../support/sign-in';
import { eventually, startApi, startMailbox, startWorker, testConfig, TestApi, TestMailbox, TestWorker } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

/** A Temporal server of this file's own, on a file so it can be stopped and started again with its state. */
describe('steps while the Temporal server is down', () => {
  // Long enough for a launch (workflow start, first step, its projection) on a loaded 2-core machine while Temporal
  // is up; a launch once took over 3 s under a full test run.
  const STEP_TIMEOUT_S = 8;
  let dir: string;
  let port: number;
  let temporal: TemporalDevServer | undefined;
  let mail: TestMailbox;
  let worker: TestWorker | undefined;
  let api: TestApi;
  let client: AuditflowClient;
  const pm = P.programmeManager.email;
  const rep = P.auditeeRepresentative.email;

  async function startTemporal(): Promise<void> {
    temporal = await startTemporalDevServer({ cliPath: await resolveTemporalCli(), port, dbFile: join(dir, 'temporal.db'), logFile: join(dir, 'temporal.log') });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(REPO_ROOT, 'test', '.tmp', 'outage-'));
    port = await freePort();
    await startTemporal();
    mail = await startMailbox();
    const config = testConfig({ TEMPORAL_ADDRESS: `127.0.0.1:${port}`, SMTP_URL: mail.smtpUrl, STEP_TIMEOUT: `PT${STEP_TIMEOUT_S}S` });
    worker = await startWorker(config);
    api = await startApi(config);
    client = testClient(api.baseUrl, mail.mailbox);
  });

  afterAll(async () => {
    await api?.close();
    await worker?.stop().catch(() => undefined);
    await temporal?.stop();
    await mail?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After within the deadline, keeps reads working, and takes the retried step once when Temporal is back', async () => {
    const programme = await client.post<{ id: string }>('/programmes', pm, sampleProgramme());
    await client.post(`/programmes/${programme.id}/approve`, pm, { approvedBy: 'Board' });
    // Launching twice with one key makes one audit; the same key with another body is refused.
    const launch = sampleLaunch(programme.id);
    const first = await client.request('POST', '/audits', pm, launch, { 'idempotency-key': 'launch-1' });
    const again = await client.request('POST', '/audits', pm, launch, { 'idempotency-key': 'launch-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const reused = await client.request('POST', '/audits', pm, { ...launch, title: 'Another audit' }, { 'idempotency-key': 'launch-1' });
    expect(reused.status).toBe(422);
    expect(reused.body.violations[0].field).toBe('header.idempotency-key');
    const auditId: string = first.body.id;
    expect((await client.get(`/audits?programmeId=${programme.id}`, pm)).body.total).toBe(1);
    await client.session(rep);

    await temporal!.stop();
    temporal = undefined;
    const step = { channels: ['e-mail'], confidentialityAgreed: true };
    const started = Date.now();
    const refused = await client.request('POST', `/audits/${auditId}/acknowledge-contact`, rep, step, { 'idempotency-key': 'ack-1' });
    const took = Date.now() - started;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.body.message).toContain('Idempotency-Key');
    expect(took).toBeLessThan((STEP_TIMEOUT_S + 10) * 1000);
    const read = await client.get(`/audits/${auditId}`, pm);
    expect(read.status).toBe(200);
    expect(read.body.audit.phase).toBe('initiating');

    await startTemporal();
    const applied = await eventually(
      async () => {
        const answer = await client.request('POST', `/audits/${auditId}/acknowledge-contact`, rep, step, { 'idempotency-key': 'ack-1' });
        expect(answer.status).toBe(200);
        return answer;
      },
      { timeoutMs: 60_000, intervalMs: 1000 },
    );
    expect(applied.body.events.map((event: { type: string }) => event.type)).toContain('contact.acknowledged');
    const replayed = await client.request('POST', `/audits/${auditId}/acknowledge-contact`, rep, step, { 'idempotency-key': 'ack-1' });
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    const timeline = await readTimeline(client, auditId, pm);
    expect(timeline.filter((entry) => entry.type === 'contact.acknowledged')).toHaveLength(1);
  });
});
