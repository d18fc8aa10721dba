// A client that gave up waiting (the API answered 503 at its step deadline) retries with the same Idempotency-Key.
// When the first attempt was taken after all and finished what it acted on (the corrective action, the audit), the
// retry answers that step instead of "it is closed": found by the system benchmark at 50 concurrent clients.
import { DataSource } from 'typeorm';
import { ACTING_ROLE_HEADER, actionRoute } from '@auditflow/domain';
import { createDataSource } from '@auditflow/persistence';
import { HttpAuditPort, launchSampleAudit } from '@auditflow/samples';
import { auditBeforeLastCheck, timelineOf } from '../support/audit-before-last-check';
import { SAMPLE_ACTORS } from '../support/audit-people';
import { useFullStack } from '../support/full-stack';
import { eventually, testDatabaseUrl } from '../support/test-stack';

const { pm } = SAMPLE_ACTORS;

describe('a retried step that finished what it acted on', () => {
  const stack = useFullStack();
  let db: DataSource;

  beforeAll(async () => {
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** What a 503 at the deadline leaves: the key claimed, the step taken, its answer never stored. */
  const forgetAnswer = (key: string) => db.query(`UPDATE idempotency_keys SET status = NULL, response = NULL WHERE key = $1`, [key]);

  const post = (path: string, actor: { email: string; role: string }, body: unknown, key: string) =>
    stack.client.request('POST', path, actor.email, body, { 'idempotency-key': key, [ACTING_ROLE_HEADER]: actor.role });

  it('answers the retry of the check that closed the corrective action with that check, taken once', async () => {
    const { auditId, minor, lastCheck } = await auditBeforeLastCheck(stack);
    const path = `/audits/${auditId}/findings/${lastCheck.findingId}/follow-up/${actionRoute(lastCheck.action)}`;
    const key = `last-check-${auditId}`;
    const first = await post(path, lastCheck.actor, lastCheck.payload, key);
    expect(first.status).toBe(200);
    await eventually(async () => expect((await stack.client.get(`/audits/${auditId}`, pm.email)).body.audit.phase).toBe('closed'), { timeoutMs: 30_000 });
    await forgetAnswer(key);

    const retry = await post(path, lastCheck.actor, lastCheck.payload, key);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    // The same step under a new key is a new request: the corrective action is closed.
    const another = await post(path, lastCheck.actor, lastCheck.payload, `${key}-again`);
    expect(another.status).toBe(409);
    expect(another.body.message).toBe(`the corrective action for ${lastCheck.findingId} is closed`);

    const timeline = await timelineOf(stack, auditId);
    expect(timeline.filter((entry) => entry.type === 'corrective-action.effective' && entry.subjectId === minor)).toHaveLength(1);
  });

  it('answers the retry of the step that cancelled the audit with that step, taken once', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    const path = `/audits/${auditId}/${actionRoute('cancelAudit')}`;
    const key = `cancel-${auditId}`;
    const body = { reason: 'Superseded by a combined audit' };
    const first = await post(path, pm, body, key);
    expect(first.status).toBe(200);
    await eventually(async () => expect((await stack.client.get(`/audits/${auditId}`, pm.email)).body.audit.phase).toBe('cancelled'), { timeoutMs: 30_000 });
    await forgetAnswer(key);

    const retry = await post(path, pm, body, key);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const another = await post(path, pm, body, `${key}-again`);
    expect(another.status).toBe(409);
    expect(another.body.message).toBe(`audit ${auditId} is cancelled: nothing can change any more`);
    expect((await timelineOf(stack, auditId)).filter((entry) => entry.type === 'audit.cancelled')).toHaveLength(1);
    // A step the audit never took, sent with a key while it is cancelled, is refused as before.
    const never = await new HttpAuditPort(stack.client, auditId).act('establishContact', SAMPLE_ACTORS.lead, { channels: ['e-mail'] }).catch((error: { status?: number }) => error.status);
    expect(never).toBe(409);
  });
});
