// Files of an audit on the real stack (issue 12.1, 12.2), the same test against each store: documents the auditee
// supplies and evidence the team records carry uploaded files; each file's SHA-256 is taken at upload, recorded on the
// timeline and checked on download; the audit's read rules decide who downloads what; bad uploads store nothing.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { DataSource } from 'typeorm';
import { AuditDetailWithoutTimeline } from '@auditflow/domain';
import { startS3Server, S3Server } from '@auditflow/devstack';
import { fileStoreFromUrl } from '@auditflow/file-store';
import { createDataSource, fileStoreKey } from '@auditflow/persistence';
import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { SAMPLE_FILES } from '../support/sample-files';
import { testDatabaseUrl } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

/** Where the sample audit is left: evidence recorded, findings not yet. */
class StopHere extends Error {}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The limit of these stacks: small, so the over-limit upload is quick. */
const SIZE_LIMIT = 3 * 1024 * 1024;

interface Uploaded {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

describe.each([
  ['PostgreSQL', false],
  ['an S3-compatible server', true],
])('files of an audit in %s', (_store, onS3) => {
  let s3: S3Server | undefined;
  beforeAll(async () => {
    if (onS3) s3 = await startS3Server();
  });
  const stack = useFullStack({ environment: () => ({ FILE_SIZE_LIMIT: String(SIZE_LIMIT), ...(s3 ? { FILE_STORE_URL: s3.fileStoreUrl } : {}) }) });
  let db: DataSource;
  let auditId: string;
  const uploads: Record<'scope' | 'interview' | 'confidential', { bytes: Buffer; file?: Uploaded }> = {
    scope: { bytes: SAMPLE_FILES.pdf },
    interview: { bytes: SAMPLE_FILES.png },
    confidential: { bytes: SAMPLE_FILES.csv },
  };

  async function upload(email: string, name: string, body: Buffer | Readable, headers: Record<string, string> = {}) {
    const session = await stack.client.session(email);
    const response = await fetch(`${stack.api.baseUrl}/audits/${auditId}/files?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/octet-stream', ...headers },
      body: body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body,
      ...(body instanceof Readable ? { duplex: 'half' } : {}),
    } as RequestInit);
    return { status: response.status, body: (await response.json()) as Uploaded & { message?: string; violations?: { field: string }[] } };
  }

  async function download(email: string, fileId: string) {
    const { status, headers, body } = await stack.client.download(`/audits/${auditId}/files/${fileId}`, email);
    return { status, digest: headers.get('repr-digest'), type: headers.get('content-type'), bytes: body };
  }

  /** The keys the store holds for this audit: what "nothing stored" is checked against. */
  async function storedKeys(): Promise<string[]> {
    const prefix = `audits/${auditId}/`;
    if (!s3) return ((await db.query(`SELECT DISTINCT store_key FROM file_chunks WHERE store_key LIKE $1`, [`${prefix}%`])) as { store_key: string }[]).map((row) => row.store_key).sort();
    const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
    client.destroy();
    return (listed.Contents ?? []).map((object) => object.Key!).sort();
  }

  const fileRows = async () => Number(((await db.query(`SELECT count(*) AS n FROM files WHERE audit_id = $1`, [auditId])) as { n: string }[])[0].n);

  beforeAll(async () => {
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
    ({ auditId } = await launchSampleAudit(stack.client));
    const http = new HttpAuditPort(stack.client, auditId);
    let evidenceCount = 0;
    const attach = async (key: keyof typeof uploads, email: string, name: string) => {
      const answer = await upload(email, name, uploads[key].bytes);
      expect(answer.status).toBe(201);
      const { id, name: fileName, mediaType, size, sha256: hash } = answer.body;
      uploads[key].file = { id, name: fileName, mediaType, size, sha256: hash };
      return answer.body.id;
    };
    const port: AuditPort = {
      act: async (action, actor, payload) => {
        if (action === 'supplyDocument' && (payload as { documentId: string }).documentId === 'D-1') {
          return http.act(action, actor, { ...(payload as object), fileIds: [await attach('scope', actor.email, 'ISMS scope.pdf')] });
        }
        if (action === 'recordEvidence') {
          evidenceCount += 1;
          if (evidenceCount === 1) return http.act(action, actor, { ...(payload as object), fileIds: [await attach('interview', actor.email, 'IAM interview whiteboard.png')] });
          return http.act(action, actor, { ...(payload as object), confidential: true, fileIds: [await attach('confidential', actor.email, 'leavers-sample.csv')] });
        }
        if (action === 'recordFinding') throw new StopHere();
        return http.act(action, actor, payload);
      },
      followUp: (findingId, action, actor, payload) => http.followUp(findingId, action, actor, payload),
    };
    await runSampleAudit(port).catch((error: unknown) => {
      if (!(error instanceof StopHere)) throw error;
    });
  });
  afterAll(async () => {
    await db?.destroy();
    await s3?.stop();
  });

  it('records each attached file with the SHA-256 taken at upload, in the audit and on its timeline', async () => {
    for (const { bytes, file } of Object.values(uploads)) expect(file).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });
    expect(uploads.scope.file!.mediaType).toBe('application/pdf');
    const detail = (await stack.client.get<AuditDetailWithoutTimeline>(`/audits/${auditId}`, P.teamLeader.email)).body;
    const timeline = await readTimeline(stack.client, auditId, P.teamLeader.email);
    expect(detail.documents.find((document) => document.id === 'D-1')!.supplied!.files).toEqual([uploads.scope.file]);
    const [interview, technical] = detail.evidence;
    expect(interview.files).toEqual([uploads.interview.file]);
    expect(technical).toMatchObject({ confidential: true, files: [uploads.confidential.file] });
    const recorded = timeline.flatMap((event) => ((event.data as { files?: { id: string; sha256: string }[] } | undefined)?.files ?? []).map((file) => [event.type, file.id, file.sha256]));
    expect(recorded).toEqual([
      ['document.supplied', uploads.scope.file!.id, sha256(uploads.scope.bytes)],
      ['evidence.recorded', uploads.interview.file!.id, sha256(uploads.interview.bytes)],
      ['evidence.recorded', uploads.confidential.file!.id, sha256(uploads.confidential.bytes)],
    ]);
    // The confidential evidence's line names no file, only how many.
    expect(timeline.find((event) => event.subjectId === technical.id && event.type === 'evidence.recorded')!.summary).not.toContain('leavers-sample.csv');
  });

  it('serves files checked against their hash, by the audit read rules: the auditee side gets what it supplied, never working evidence', async () => {
    const byLead = await download(P.teamLeader.email, uploads.interview.file!.id);
    expect(byLead).toMatchObject({ status: 200, type: 'image/png', digest: `sha-256=:${createHash('sha256').update(uploads.interview.bytes).digest('base64')}:` });
    expect(byLead.bytes.equals(uploads.interview.bytes)).toBe(true);
    const supplied = await download(P.auditeeRepresentative.email, uploads.scope.file!.id);
    expect(supplied.status).toBe(200);
    expect(supplied.bytes.equals(uploads.scope.bytes)).toBe(true);
    expect((await download(P.auditeeRepresentative.email, uploads.interview.file!.id)).status).toBe(404);
    expect((await download(P.auditeeRepresentative.email, uploads.confidential.file!.id)).status).toBe(404);
    expect((await download(P.programmeManager.email, uploads.confidential.file!.id)).status).toBe(200);
  });

  it('shows the compliance lead that confidential evidence exists, never its content or files', async () => {
    const detail = (await stack.client.get<AuditDetailWithoutTimeline>(`/audits/${auditId}`, P.complianceLead.email)).body;
    const technical = detail.evidence.find((evidence) => evidence.confidential)!;
    expect(technical.description).toMatch(/^Confidential evidence/);
    expect(technical).not.toHaveProperty('files');
    expect(technical).not.toHaveProperty('sampling');
    expect((await download(P.complianceLead.email, uploads.confidential.file!.id)).status).toBe(404);
    expect((await download(P.complianceLead.email, uploads.interview.file!.id)).status).toBe(200);
  });

  it('refuses content that is not what its name says, programs, and files over the limit, storing nothing', async () => {
    const rowsBefore = await fileRows();
    const keysBefore = await storedKeys();
    expect(keysBefore).toHaveLength(rowsBefore);

    const mislabelled = await upload(P.auditor.email, 'access-policy.pdf', SAMPLE_FILES.png);
    expect(mislabelled.status).toBe(422);
    expect(mislabelled.body.violations).toEqual([expect.objectContaining({ field: 'content' })]);
    expect(mislabelled.body.message).toContain('it is image/png');
    const program = await upload(P.auditor.email, 'evidence-collector.pdf', SAMPLE_FILES.exe);
    expect(program.status).toBe(422);
    expect(program.body.message).toContain('executables are never accepted');

    // Over the limit, declared up front: refused before a byte is read.
    const declared = await upload(P.auditor.email, 'firewall-export.pdf', Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(SIZE_LIMIT)]));
    expect(declared.status).toBe(413);
    expect(declared.body.message).toContain(`content: is larger than the limit of ${SIZE_LIMIT} bytes per file`);
    // Over the limit, streamed without a length: refused when the limit is passed; what was written is removed.
    const streamed = await upload(P.auditor.email, 'firewall-export.pdf', Readable.from((function* () {
      yield SAMPLE_FILES.pdf;
      for (let sent = 0; sent <= SIZE_LIMIT; sent += 256 * 1024) yield Buffer.alloc(256 * 1024, 0x20);
    })()));
    expect(streamed.status).toBe(413);

    expect(await fileRows()).toBe(rowsBefore);
    expect(await storedKeys()).toEqual(keysBefore);
  });

  it("refuses attaching an upload that is not the person's own", async () => {
    const other = await upload(P.teamLeader.email, 'sampling-plan.pdf', SAMPLE_FILES.pdf);
    expect(other.status).toBe(201);
    const refused = await stack.client.request('POST', `/audits/${auditId}/record-evidence`, P.auditor.email, { checklistItemId: 'C-1', kind: 'document', description: 'Sampling plan', fileIds: [other.body.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ field: 'fileIds.0' })]);
    // Until attached, the upload is its uploader's alone.
    expect((await download(P.teamLeader.email, other.body.id)).status).toBe(200);
    expect((await download(P.auditor.email, other.body.id)).status).toBe(404);
  });

  it('refuses to serve a file whose stored bytes no longer match its hash', async () => {
    const file = uploads.interview.file!;
    const store = fileStoreFromUrl(stack.config.FILE_STORE_URL, db);
    await store.put(fileStoreKey(auditId, file.id), Readable.from([Buffer.from('not the whiteboard photo')]));
    const tampered = await download(P.teamLeader.email, file.id);
    expect(tampered.status).toBe(500);
    expect(tampered.bytes.toString()).toContain(`the stored content of file ${file.id} does not match the SHA-256 recorded at upload`);
  });
});
