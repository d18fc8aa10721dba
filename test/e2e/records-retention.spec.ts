// Records kept or disposed of on schedule (issue 12.4), on a compressed clock: the sample audit runs to its close with
// files attached; a legal hold set by the compliance lead stops the disposal of working evidence past its due time;
// lifting it lets it proceed: the notice mail first, then each class's files are deleted from the store and the
// timeline lists what was destroyed. The worker restarts in the middle: no disposal is skipped or repeated.
import { createHash } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { auditWorkflowId, AuditDetail } from '@auditflow/domain';
import { createDataSource } from '@auditflow/persistence';
import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { messagesMatching } from '../support/mail-queries';
import { SAMPLE_FILES } from '../support/sample-files';
import { eventually, startWorker, testDatabaseUrl, testTemporalAddress } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const RECORD_RETENTION = { 'working-evidence': 'PT20S', 'supplied-document': 'PT30S', 'issued-report': 'PT1H', timeline: 'P6Y' };

interface FileRow {
  id: string;
  record_class: string;
  disposed_at: Date | null;
  sha256: string;
  size: string;
}

describe('records kept and disposed of on schedule', () => {
  const stack = useFullStack();
  let db: DataSource;
  let connection: Connection;
  let temporal: Client;
  let auditId: string;
  const attached: { id: string; bytes: Buffer }[] = [];
  const cl = P.complianceLead.email;

  async function upload(email: string, name: string, bytes: Buffer): Promise<string> {
    const session = await stack.client.session(email);
    const response = await fetch(`${stack.api.baseUrl}/audits/${auditId}/files?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    attached.push({ id, bytes });
    return id;
  }

  const files = async () => (await db.query(`SELECT id, record_class, disposed_at, sha256, size FROM files WHERE audit_id = $1 ORDER BY id`, [auditId])) as FileRow[];
  const storedChunks = async (fileId: string) => Number(((await db.query(`SELECT count(*) AS n FROM file_chunks WHERE store_key = $1`, [`audits/${auditId}/${fileId}`])) as { n: string }[])[0].n);
  const timeline = () => readTimeline(stack.client, auditId, cl);
  const status = () => temporal.workflow.getHandle(`${auditWorkflowId(auditId)}:records`).query<{ waitingFor: string; recordClass?: string; at?: string }>('recordsRetentionStatus');

  beforeAll(async () => {
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
    connection = await Connection.connect({ address: testTemporalAddress() });
    temporal = new Client({ connection });
    ({ auditId } = await launchSampleAudit(stack.client, { recordRetention: RECORD_RETENTION, disposalNoticeBefore: 'PT10S' }));
    const http = new HttpAuditPort(stack.client, auditId);
    const port: AuditPort = {
      act: async (action, actor, payload) => {
        if (action === 'supplyDocument' && (payload as { documentId: string }).documentId === 'D-1') return http.act(action, actor, { ...(payload as object), fileIds: [await upload(actor.email, 'scope.pdf', SAMPLE_FILES.pdf)] });
        if (action === 'recordEvidence' && attached.length === 1) return http.act(action, actor, { ...(payload as object), fileIds: [await upload(actor.email, 'whiteboard.png', SAMPLE_FILES.png)] });
        // Records go when their periods end, not kept to a date.
        if (action === 'completeAudit') return http.act(action, actor, { retention: 'dispose', lessonsLearned: ['Ask for the SoA earlier'] });
        return http.act(action, actor, payload);
      },
      followUp: (findingId, action, actor, payload) => http.followUp(findingId, action, actor, payload),
    };
    await runSampleAudit(port);
    await eventually(async () => expect((await stack.client.get<AuditDetail>(`/audits/${auditId}`, cl)).body.audit.phase).toBe('closed'), { timeoutMs: 60_000 });
  });
  afterAll(async () => {
    await connection?.close();
    await db?.destroy();
  });

  it('holds the records past their time under a legal hold, then disposes of each class once, after the notice, across a worker restart', async () => {
    expect((await stack.client.request('POST', `/audits/${auditId}/legal-hold`, P.auditor.email, { reason: 'Litigation' })).status).toBe(403);
    const held = await stack.client.request('POST', `/audits/${auditId}/legal-hold`, cl, { reason: 'Pending litigation with a former supplier' });
    expect(held.status).toBe(201);
    expect((await stack.client.request('POST', `/audits/${auditId}/legal-hold`, cl, { reason: 'Again' })).status).toBe(409);

    // Held past the working evidence's disposal time: the workflow waits on the hold, and nothing is disposed of.
    const waiting = await eventually(async () => {
      const now = await status();
      expect(now).toMatchObject({ waitingFor: 'hold-lifted', recordClass: 'working-evidence' });
      expect(Date.now()).toBeGreaterThan(Date.parse(now.at!) + 2_000);
      return now;
    }, { timeoutMs: 90_000, intervalMs: 1_000 });
    expect(waiting.at).toBeDefined();
    expect((await files()).filter((file) => file.disposed_at)).toEqual([]);
    expect(messagesMatching(stack.mail.mailbox, /:records:notice:/)).toEqual([]);

    // The issued reports are kept longer, with a reason; a date in the past or an unknown class is refused.
    const keepUntil = new Date(Date.now() + 10 * 365 * 86_400_000).toISOString();
    expect((await stack.client.request('POST', `/audits/${auditId}/retention-extensions`, cl, { recordClass: 'issued-report', keepUntil, reason: 'Certification cycle' })).status).toBe(201);
    const past = await stack.client.request('POST', `/audits/${auditId}/retention-extensions`, cl, { recordClass: 'issued-report', keepUntil: '2020-01-01T00:00:00Z', reason: 'No' });
    expect(past.status).toBe(422);
    expect(past.body.message).toBe('keepUntil: must be in the future');
    expect((await stack.client.request('POST', `/audits/${auditId}/retention-extensions`, cl, { recordClass: 'minutes', keepUntil, reason: 'No' })).status).toBe(400);

    expect((await stack.client.request('POST', `/audits/${auditId}/legal-hold/lift`, cl, { reason: 'Litigation settled' })).status).toBe(200);
    // The notice comes first, then a full notice period later the disposal; the worker restarts in between.
    const notice = await eventually(() => {
      const [first] = messagesMatching(stack.mail.mailbox, /:records:notice:working-evidence:/);
      expect(first).toBeDefined();
      return first!;
    }, { timeoutMs: 30_000 });
    expect(notice.envelope.to).toEqual([cl]);
    expect(notice.text).toContain('working evidence');
    await stack.worker!.stop();
    stack.worker = await startWorker(stack.config);

    const disposals = await eventually(async () => {
      const lines = (await timeline()).filter((event) => event.type === 'records.disposed');
      expect(lines.map((line) => line.subjectId).sort()).toEqual(['supplied-document', 'working-evidence']);
      return lines;
    }, { timeoutMs: 120_000, intervalMs: 1_000 });
    const evidenceDisposal = disposals.find((line) => line.subjectId === 'working-evidence')!;
    expect(Date.parse(evidenceDisposal.occurredAt)).toBeGreaterThan(notice.receivedAt.getTime());

    // What was destroyed is listed, each file once, with its hash and size; only the hashes and this record remain.
    const rows = await files();
    const gone = rows.filter((row) => row.record_class !== 'issued-report');
    expect(gone.map((row) => row.id).sort()).toEqual(attached.map((file) => file.id).sort());
    const listed = disposals.flatMap((line) => (line.data as { files: { id: string; sha256: string; size: number }[] }).files);
    expect(listed.map((file) => file.id).sort()).toEqual(gone.map((row) => row.id).sort());
    for (const file of attached) {
      expect(listed.find((entry) => entry.id === file.id)).toEqual({ id: file.id, sha256: sha256(file.bytes), size: file.bytes.length });
      expect(rows.find((row) => row.id === file.id)!.disposed_at).not.toBeNull();
      expect(await storedChunks(file.id)).toBe(0);
    }
    const session = await stack.client.session(P.teamLeader.email);
    expect((await fetch(`${stack.api.baseUrl}/audits/${auditId}/files/${attached[1]!.id}`, { headers: { cookie: session.cookie } })).status).toBe(404);
    // The issued report's period has not ended: it stays.
    expect(rows.filter((row) => row.record_class === 'issued-report').map((row) => row.disposed_at)).toEqual([null]);
    expect(await status()).toMatchObject({ waitingFor: 'notice', recordClass: 'issued-report', at: new Date(Date.parse(keepUntil) - 10_000).toISOString() });

    // The hold, its lifting and the disposals are on the timeline, which still verifies.
    expect((await timeline()).map((event) => event.type).filter((type) => type.startsWith('records.'))).toEqual(['records.legal-hold.set', 'records.retention.extended', 'records.legal-hold.lifted', 'records.disposed', 'records.disposed']);
    expect((await stack.client.get(`/audits/${auditId}/timeline/verify`, cl)).body).toMatchObject({ verified: true });
  });
});
