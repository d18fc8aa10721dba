// Uploads no step attaches (issue 12.1): past FILE_UNATTACHED_TTL a step may no longer attach them, and the sweep the
// worker's hourly Schedule starts removes them, row and bytes, while attached files stay.
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { createDataSource } from '@auditflow/persistence';
import { launchSampleAudit, SAMPLE_PEOPLE as P, step } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { SAMPLE_FILES } from '../support/sample-files';
import { eventually, testDatabaseUrl, testTemporalAddress } from '../support/test-stack';

const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };
const lead = { email: P.teamLeader.email, role: 'team-leader' };

describe('uploads nobody attaches', () => {
  const stack = useFullStack({ environment: () => ({ FILE_UNATTACHED_TTL: 'PT3S' }) });
  let db: DataSource;
  let connection: Connection;
  let auditId: string;

  async function upload(name: string): Promise<{ id: string; attachBy: string }> {
    const session = await stack.client.session(rep.email);
    const response = await fetch(`${stack.api.baseUrl}/audits/${auditId}/files?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(SAMPLE_FILES.pdf),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; attachBy: string };
  }
  const rowAndChunks = async (id: string) =>
    ((await db.query(`SELECT (SELECT count(*) FROM files WHERE id = $1)::int AS rows, (SELECT count(*) FROM file_chunks WHERE store_key = $2)::int AS chunks`, [id, `audits/${auditId}/${id}`])) as { rows: number; chunks: number }[])[0];

  beforeAll(async () => {
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
    connection = await Connection.connect({ address: testTemporalAddress() });
    ({ auditId } = await launchSampleAudit(stack.client));
    await step(stack.client, `/audits/${auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });
    await step(stack.client, `/audits/${auditId}/decide-feasibility`, lead, { feasible: true, reason: 'People and records available' });
    await step(stack.client, `/audits/${auditId}/request-documents`, lead, { documents: [{ name: 'ISMS scope' }, { name: 'Statement of Applicability' }] });
  });
  afterAll(async () => {
    await connection?.close();
    await db?.destroy();
  });

  it('are refused to steps once their time is up and removed by the sweep; attached files stay', async () => {
    const { id: attached } = await upload('scope.pdf');
    await step(stack.client, `/audits/${auditId}/supply-document`, rep, { documentId: 'D-1', fileIds: [attached] });
    const { id: forgotten, attachBy } = await upload('soa.pdf');

    // Attaching it after its time is up (the clock moves on while the test waits) is refused.
    await eventually(() => expect(Date.now()).toBeGreaterThan(Date.parse(attachBy)), { timeoutMs: 30_000, intervalMs: 200 });
    const late = await eventually(async () => {
      const answer = await stack.client.request('POST', `/audits/${auditId}/supply-document`, rep.email, { documentId: 'D-2', fileIds: [forgotten] }, { 'x-audit-role': rep.role });
      expect(answer.status).toBe(422);
      expect(answer.body.message).toContain('waited longer than PT3S to be attached');
      return answer;
    }, { timeoutMs: 30_000, intervalMs: 500 });
    expect(late.body.violations).toEqual([expect.objectContaining({ field: 'fileIds.0' })]);

    // The sweep, as the Schedule starts it, for this audit only (other tests share the database).
    const sweep = () => new Client({ connection }).workflow.execute('unattachedFileSweep', { taskQueue: stack.config.TEMPORAL_TASK_QUEUE, workflowId: `sweep-${auditId}-${Date.now()}`, args: [{ auditId }] });
    await eventually(async () => {
      await sweep();
      expect(await rowAndChunks(forgotten)).toEqual({ rows: 0, chunks: 0 });
    }, { timeoutMs: 30_000, intervalMs: 500 });
    expect(await rowAndChunks(attached)).toEqual({ rows: 1, chunks: 1 });
    const session = await stack.client.session(rep.email);
    expect((await fetch(`${stack.api.baseUrl}/audits/${auditId}/files/${attached}`, { headers: { cookie: session.cookie } })).status).toBe(200);
  });
});
