// The audit's record as one ZIP on the real stack (issue 12, part 6): the sample audit runs with files attached to a
// supplied document and to evidence (one confidential) until its report is issued; the team leader, the auditee
// representative and the compliance lead each download the record, unzip it and check it with `sha256sum -c`. Each
// archive holds what that reader's view of the audit shows, and its report PDF is the issued download byte for byte.
// An evidence file altered in the store fails the team's export instead of entering the archive.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditDetail, TimelineEntry } from '@auditflow/domain';
import { fileStoreFromUrl } from '@auditflow/file-store';
import { createDataSource, fileStoreKey } from '@auditflow/persistence';
import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { SAMPLE_FILES } from '../support/sample-files';
import { eventually, testDatabaseUrl } from '../support/test-stack';

/** Where the sample audit is left: its report issued. */
class StopHere extends Error {}

interface Unzipped {
  dir: string;
  entries: string[];
  read: (path: string) => Buffer;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
  }
  return rows;
}

describe('the audit record export', () => {
  const stack = useFullStack();
  let db: DataSource;
  let auditId: string;
  const dirs: string[] = [];
  const uploaded: Record<'scope' | 'interview' | 'confidential', { name: string; bytes: Buffer; id?: string }> = {
    scope: { name: 'ISMS scope.pdf', bytes: SAMPLE_FILES.pdf },
    interview: { name: 'IAM interview whiteboard.png', bytes: SAMPLE_FILES.png },
    confidential: { name: 'leavers-sample.csv', bytes: SAMPLE_FILES.csv },
  };

  async function upload(key: keyof typeof uploaded, email: string): Promise<string> {
    const session = await stack.client.session(email);
    const response = await fetch(`${stack.api.baseUrl}/audits/${auditId}/files?name=${encodeURIComponent(uploaded[key].name)}`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(uploaded[key].bytes),
    });
    expect(response.status).toBe(201);
    uploaded[key].id = ((await response.json()) as { id: string }).id;
    return uploaded[key].id!;
  }

  /** The reader's record, unzipped into a fresh directory and checked there with `sha256sum -c`. */
  async function exportedRecord(email: string): Promise<Unzipped> {
    const answer = await stack.client.download(`/audits/${auditId}/export.zip`, email);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/zip');
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="audit-${auditId}-record.zip"`);
    const dir = mkdtempSync(join(tmpdir(), 'audit-record-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'record.zip'), answer.body);
    const entries = execFileSync('unzip', ['-Z1', 'record.zip'], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean);
    execFileSync('unzip', ['-q', 'record.zip', '-d', 'record'], { cwd: dir });
    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: join(dir, 'record'), encoding: 'utf8' });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
    const lines = check.stdout.split('\n').filter(Boolean);
    expect(lines.every((line) => line.endsWith(': OK'))).toBe(true);
    // The manifest lists every other entry, and is the last one.
    expect(lines.map((line) => line.slice(0, -': OK'.length)).sort()).toEqual(entries.filter((entry) => entry !== 'SHA256SUMS').sort());
    expect(entries.at(-1)).toBe('SHA256SUMS');
    return { dir, entries, read: (path) => readFileSync(join(dir, 'record', path)) };
  }

  beforeAll(async () => {
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
    ({ auditId } = await launchSampleAudit(stack.client));
    const http = new HttpAuditPort(stack.client, auditId);
    let evidenceCount = 0;
    const port: AuditPort = {
      act: async (action, actor, payload) => {
        if (action === 'supplyDocument' && (payload as { documentId: string }).documentId === 'D-1') {
          return http.act(action, actor, { ...(payload as object), fileIds: [await upload('scope', actor.email)] });
        }
        if (action === 'recordEvidence' && evidenceCount < 2) {
          evidenceCount += 1;
          if (evidenceCount === 1) return http.act(action, actor, { ...(payload as object), fileIds: [await upload('interview', actor.email)] });
          return http.act(action, actor, { ...(payload as object), confidential: true, fileIds: [await upload('confidential', actor.email)] });
        }
        if (action === 'issueReport') {
          await http.act(action, actor, payload);
          throw new StopHere();
        }
        return http.act(action, actor, payload);
      },
      followUp: (findingId, action, actor, payload) => http.followUp(findingId, action, actor, payload),
    };
    await runSampleAudit(port).catch((error: unknown) => {
      if (!(error instanceof StopHere)) throw error;
    });
    await eventually(async () => expect((await stack.client.download(`/audits/${auditId}/reports/1.pdf`, P.auditeeRepresentative.email)).status).toBe(200), { timeoutMs: 30_000 });
  });
  afterAll(async () => {
    await db?.destroy();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("gives the team the whole record: report, timeline, audit, supplied documents and evidence, each as its manifest says", async () => {
    const record = await exportedRecord(P.teamLeader.email);
    const view = JSON.parse(record.read('audit.json').toString('utf8')) as AuditDetail;
    expect(view.audit.id).toBe(auditId);
    const [interview, confidential] = view.evidence.filter((evidence) => evidence.files?.length);
    expect(confidential).toMatchObject({ confidential: true });
    expect(record.entries).toEqual(
      expect.arrayContaining([
        'audit.json',
        'timeline.json',
        'timeline.csv',
        'report/audit-report-v1.pdf',
        'documents/D-1/ISMS scope.pdf',
        `evidence/${interview!.id}/IAM interview whiteboard.png`,
        `evidence/${confidential!.id}/leavers-sample.csv`,
      ]),
    );
    expect(record.read('documents/D-1/ISMS scope.pdf').equals(uploaded.scope.bytes)).toBe(true);
    expect(record.read(`evidence/${interview!.id}/IAM interview whiteboard.png`).equals(uploaded.interview.bytes)).toBe(true);
    expect(record.read(`evidence/${confidential!.id}/leavers-sample.csv`).equals(uploaded.confidential.bytes)).toBe(true);
    const issued = await stack.client.download(`/audits/${auditId}/reports/1.pdf`, P.teamLeader.email);
    expect(record.read('report/audit-report-v1.pdf').equals(issued.body)).toBe(true);

    // The timeline as JSON is the view's, hashes included; the CSV has one row per line of it, quoted where needed.
    const timeline = JSON.parse(record.read('timeline.json').toString('utf8')) as TimelineEntry[];
    expect(timeline).toEqual(view.timeline);
    expect(timeline.length).toBeGreaterThan(10);
    expect(timeline.every((entry) => /^[0-9a-f]{64}$/.test(entry.hash ?? ''))).toBe(true);
    const [header, ...rows] = parseCsv(record.read('timeline.csv').toString('utf8'));
    expect(header).toEqual(['workflowId', 'seq', 'occurredAt', 'recordedAt', 'phase', 'type', 'actor', 'actorRole', 'summary', 'subjectId', 'prevHash', 'hash']);
    expect(rows.map(([workflowId, seq, occurredAt, , , type, actor, , summary, subjectId, , hash]) => ({ workflowId, seq, occurredAt, type, actor, summary, subjectId, hash }))).toEqual(
      timeline.map((entry) => ({ workflowId: entry.workflowId, seq: String(entry.seq), occurredAt: entry.occurredAt, type: entry.type, actor: entry.actor?.email ?? '', summary: entry.summary, subjectId: entry.subjectId ?? '', hash: entry.hash })),
    );
    expect(rows.some(([, , , , , , , , summary]) => /[",]/.test(summary!))).toBe(true);
  });

  it('gives the auditee side what it supplied and the issued report, never the working evidence', async () => {
    const record = await exportedRecord(P.auditeeRepresentative.email);
    expect(record.entries).toEqual(expect.arrayContaining(['audit.json', 'timeline.json', 'timeline.csv', 'report/audit-report-v1.pdf', 'documents/D-1/ISMS scope.pdf']));
    expect(record.entries.filter((entry) => entry.startsWith('evidence/'))).toEqual([]);
    expect(record.read('documents/D-1/ISMS scope.pdf').equals(uploaded.scope.bytes)).toBe(true);
    const issued = await stack.client.download(`/audits/${auditId}/reports/1.pdf`, P.auditeeRepresentative.email);
    expect(record.read('report/audit-report-v1.pdf').equals(issued.body)).toBe(true);
  });

  it("leaves the confidential evidence's files out of the compliance lead's record", async () => {
    const record = await exportedRecord(P.complianceLead.email);
    const evidenceFiles = record.entries.filter((entry) => entry.startsWith('evidence/'));
    expect(evidenceFiles).toEqual([expect.stringMatching(/\/IAM interview whiteboard\.png$/)]);
  });

  it('fails the export, before its manifest, when a file in the store no longer matches its hash', async () => {
    const store = fileStoreFromUrl(stack.config.FILE_STORE_URL, db);
    await store.put(fileStoreKey(auditId, uploaded.confidential.id!), Readable.from([Buffer.from('not the leavers sample')]));
    await expect(stack.client.download(`/audits/${auditId}/export.zip`, P.teamLeader.email)).rejects.toThrow();
    // The auditee side's record holds no evidence: it is still whole.
    await exportedRecord(P.auditeeRepresentative.email);
  });
});
