import { DataSource } from 'typeorm';
import { createDataSource } from '@auditflow/persistence';
import { launchSampleAudit, SAMPLE_PEOPLE as P, step } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { TEST_ADMIN_EMAIL } from '../support/test-identity';
import { eventually, testDatabaseUrl } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };
const lead = { email: P.teamLeader.email, role: 'team-leader' };

/**
 * A read model that refuses a step for good (here a CHECK constraint the test adds, standing in for any data or
 * constraint error no retry fixes): the step answers at once, says so, waits as a failed write, and the audit goes on.
 */
describe('a step the read model refuses for good', () => {
  const stack = useFullStack();
  const refused = `Refused document ${Date.now()}`;
  const constraint = `test_refuses_${Date.now()}`;
  let db: DataSource;

  beforeAll(async () => {
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
  });
  afterAll(async () => {
    await db?.query(`ALTER TABLE audit_documents DROP CONSTRAINT IF EXISTS ${constraint}`);
    await db?.destroy();
  });

  it('is reported, kept for an admin, does not block the audit, and is recorded once retried after the fix', async () => {
    const pm = P.programmeManager.email;
    const { auditId } = await launchSampleAudit(stack.client);
    await step(stack.client, `/audits/${auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });
    await step(stack.client, `/audits/${auditId}/decide-feasibility`, lead, { feasible: true, reason: 'Available' });
    await db.query(`ALTER TABLE audit_documents ADD CONSTRAINT ${constraint} CHECK (name <> '${refused}')`);

    const answer = await step<{ events: { type: string }[]; readModel?: { recorded: boolean; reason: string } }>(stack.client, `/audits/${auditId}/request-documents`, lead, {
      documents: [{ name: refused }],
    });
    expect(answer.events.map((event) => event.type)).toContain('documents.requested');
    expect(answer.readModel).toEqual({ recorded: false, reason: expect.stringContaining(constraint) });

    // The audit goes on: the next step is taken and recorded.
    const next = await step<{ readModel?: unknown }>(stack.client, `/audits/${auditId}/add-checklist-items`, lead, {
      generate: { standard: 'ISO/IEC 27001:2022', clauses: ['9.2'] },
    });
    expect(next.readModel).toBeUndefined();

    // Health counts it at its next background check.
    await eventually(async () => {
      const health = await stack.client.get('/health', undefined);
      expect(health.body.status).toBe('degraded');
      expect(health.body.stuck.failedWrites).toBeGreaterThanOrEqual(1);
    });
    const listed = await stack.client.get('/admin/failed-writes', TEST_ADMIN_EMAIL);
    const ours = listed.body.items.filter((write: { auditId: string }) => write.auditId === auditId);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ status: 'failed', reason: expect.stringContaining(constraint) });
    expect((await stack.client.get(`/audits/${auditId}`, pm)).body.documents).toEqual([]);

    // Fixed, and sent again: the step appears in the read model, once.
    await db.query(`ALTER TABLE audit_documents DROP CONSTRAINT ${constraint}`);
    const retried = await stack.client.request('POST', `/admin/failed-writes/${ours[0].id}/retry`, TEST_ADMIN_EMAIL, {});
    expect(retried.status).toBe(200);
    await eventually(async () => {
      const current = (await stack.client.get(`/audits/${auditId}`, pm)).body;
      expect(current.documents.map((document: { name: string }) => document.name)).toEqual([refused]);
    });
    const types = (await readTimeline(stack.client, auditId, pm)).map((entry) => entry.type);
    expect(types.filter((type: string) => type === 'documents.requested')).toHaveLength(1);
    expect(types).toContain('read-model.write-retried');
    await eventually(async () => {
      const [row] = await db.query(`SELECT status FROM failed_writes WHERE id = $1`, [ours[0].id]);
      expect(row.status).toBe('recorded');
    });
  });
});
