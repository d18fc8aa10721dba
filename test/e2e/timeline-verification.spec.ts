import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { auditWorkflowId, TimelineEntry, TimelineVerification } from '@auditflow/domain';
import { REPO_ROOT } from '@auditflow/devstack';
import { createDataSource } from '@auditflow/persistence';
import { HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { eventually, testDatabaseUrl } from '../support/test-stack';
import { buildOnce } from '../support/worker-process';
import { readTimeline } from '../support/timeline';

const run = promisify(execFile);

/** The command-line check over an exported timeline; it answers its verification and exits 0 or 1. */
async function verifyExportFile(file: string): Promise<{ code: number; verification: TimelineVerification }> {
  const answer = await run(process.execPath, [join(REPO_ROOT, 'scripts', 'verify-timeline.mjs'), file], { cwd: REPO_ROOT }).then(
    (done) => ({ code: 0, stdout: done.stdout }),
    (failed: { code: number; stdout: string }) => ({ code: failed.code, stdout: failed.stdout }),
  );
  return { code: answer.code, verification: JSON.parse(answer.stdout) as TimelineVerification };
}

/**
 * The timeline proves itself (issue 12.5): the sample audit runs through the API on the real stack, its timeline
 * verifies through the API and offline from an export, and one line changed directly in the database (by someone who
 * can switch off the append-only trigger) is named as the first that does not match, by both.
 */
describe('a hash-chained timeline', () => {
  // The command-line check runs the compiled packages. Built before the stack starts: the build blocks this process,
  // and the API in it would drop the kept-alive connections of requests made before (ECONNRESET).
  beforeAll(() => buildOnce());
  const stack = useFullStack();
  let db: DataSource;
  let auditId: string;
  const pm = P.programmeManager.email;

  beforeAll(async () => {
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
    ({ auditId } = await launchSampleAudit(stack.client));
    await runSampleAudit(new HttpAuditPort(stack.client, auditId));
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** audit.json of the compliance lead's record export, as the README tells to check it offline; answers its timeline. */
  async function exported(file: string): Promise<TimelineEntry[]> {
    const record = await stack.client.download(`/audits/${auditId}/export.zip`, P.complianceLead.email);
    expect(record.status).toBe(200);
    const zip = `${file}.zip`;
    writeFileSync(zip, record.body);
    writeFileSync(file, execFileSync('unzip', ['-p', zip, 'audit.json']));
    const { audit, timeline } = JSON.parse(readFileSync(file, 'utf8')) as { audit: { id: string }; timeline: TimelineEntry[] };
    expect(audit.id).toBe(auditId);
    return timeline;
  }

  it('verifies an untouched audit, through the API and from an export, and names exactly the line changed in the database', async () => {
    // Every writer chains: the audit's steps, its follow-ups' steps, the mails sent (side events), the issued report with its hash.
    const timeline = await eventually(async () => {
      const lines = await readTimeline(stack.client, auditId, pm);
      expect(lines.find((line) => line.type === 'report.issued')?.data).toEqual(expect.objectContaining({ reportVersion: 1, reportSha256: expect.stringMatching(/^[0-9a-f]{64}$/) }));
      expect(lines.some((line) => line.workflowId.startsWith('mail:'))).toBe(true);
      expect(lines.some((line) => line.workflowId !== auditWorkflowId(auditId) && !line.workflowId.startsWith('mail:'))).toBe(true);
      return lines;
    }, { timeoutMs: 60_000 });
    expect(timeline.every((line) => /^[0-9a-f]{64}$/.test(line.hash ?? ''))).toBe(true);

    const untouched = await stack.client.get<TimelineVerification>(`/audits/${auditId}/timeline/verify`, pm);
    expect(untouched.status).toBe(200);
    expect(untouched.body).toEqual({ verified: true, events: expect.any(Number), beforeChain: 0 });
    expect(untouched.body.events).toBeGreaterThanOrEqual(timeline.length);
    const before = join(REPO_ROOT, 'test', '.tmp', `timeline-${auditId}.json`);
    await exported(before);
    const offline = await verifyExportFile(before);
    expect(offline.code).toBe(0);
    expect(offline.verification).toMatchObject({ verified: true, beforeChain: 0 });

    // The issued report's line, in the middle of the audit workflow's chain: lines follow it in that chain.
    const issued = timeline.find((line) => line.type === 'report.issued' && line.workflowId === auditWorkflowId(auditId))!;
    expect(timeline.some((line) => line.workflowId === issued.workflowId && line.id > issued.id)).toBe(true);
    await db.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
      await tx.query(`UPDATE audit_events SET summary = $2 WHERE id = $1`, [issued.id, 'Report version 1 issued to nobody']);
      await tx.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    });

    const tampered = await stack.client.get<TimelineVerification>(`/audits/${auditId}/timeline/verify`, pm);
    expect(tampered.status).toBe(200);
    expect(tampered.body).toMatchObject({
      verified: false,
      beforeChain: 0,
      firstMismatch: { id: issued.id, workflowId: issued.workflowId, seq: issued.seq, type: 'report.issued', reason: 'content' },
    });
    const after = join(REPO_ROOT, 'test', '.tmp', `timeline-${auditId}-changed.json`);
    const changedExport = await exported(after);
    expect(changedExport.find((line) => line.id === issued.id)?.summary).toBe('Report version 1 issued to nobody');
    const offlineAfter = await verifyExportFile(after);
    expect(offlineAfter.code).toBe(1);
    expect(offlineAfter.verification.firstMismatch).toEqual(tampered.body.firstMismatch);
    // The copy exported before the change still verifies: it is the record as it was.
    expect((await verifyExportFile(before)).verification.verified).toBe(true);
  });

  it('is not for the auditee side, who is shown part of the timeline (403)', async () => {
    const answer = await stack.client.get(`/audits/${auditId}/timeline/verify`, P.auditeeRepresentative.email);
    expect(answer.status).toBe(403);
  });
});
