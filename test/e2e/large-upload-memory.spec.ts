// Memory does not grow with file size (issue 12, acceptance): a 500 MB upload, under a 1 GB limit, goes through the
// real HTTP API into PostgreSQL in an API process whose heap is capped far below the file, and streams back out.
import { createHash, Hash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { fileStoreFromUrl } from '@auditflow/file-store';
import { createDataSource, fileStoreKey } from '@auditflow/persistence';
import { launchSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { ApiProcess, procStatusBytes, startApiProcess } from '../support/api-process';
import { useFullStack } from '../support/full-stack';
import { SAMPLE_FILES } from '../support/sample-files';
import { testDatabaseUrl } from '../support/test-stack';
import { buildOnce } from '../support/worker-process';

const MiB = 1024 * 1024;
const FILE_BYTES = 500 * MiB;
const SIZE_LIMIT = 1024 * MiB;
/**
 * The API's V8 heap (old space), in MiB. Measured with --trace-gc on the 2-core machine (Node 20): the started API
 * holds ~57 MiB live, and stays at 58-62 MiB through the whole upload and download; the PostgreSQL store's chunks
 * pass through it as 2 MiB hex strings (bytea as text). At 48 the API does not start; at 64 it starts and takes the
 * upload, but dies of "heap out of memory" on the download's transient strings. 96 leaves ~35 MiB of room. Anything
 * that kept the file's text in the heap would die here; bytes kept as Buffers live outside it, hence the RSS bound.
 */
const HEAP_MIB = 96;
/**
 * Peak resident set (VmHWM) of the API process. Measured on the 2-core machine (Node 20), in four runs: 165-168 MiB
 * once started (Node, the API's code and libraries, the capped heap), 216-220 MiB after the upload, 244-255 MiB after
 * the download. It grows by 75-90 MiB outside the heap (buffers, allocator slack), not with the file. The bounds leave
 * ~150 MiB for a slower machine or another Node, yet keeping half the file would break both.
 */
const PEAK_RSS_BOUND = 400 * MiB;
const PEAK_RSS_GROWTH_BOUND = FILE_BYTES / 2;

/**
 * The PDF header, then filler lines up to `totalBytes`, hashed as they are made. The same 1 MiB buffer is handed out
 * again and again, and only when the request asks for more: the test's memory stays flat too. (Readable.toWeb would
 * copy each chunk into a new Uint8Array, which a test process with a large heap collects only late.)
 */
function generatedPdf(totalBytes: number, hash: Hash): ReadableStream<Uint8Array> {
  const filler = new Uint8Array(Buffer.alloc(MiB, '% firewall rule export, filler line\n'));
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = sent === 0 ? new Uint8Array(SAMPLE_FILES.pdf) : filler.subarray(0, Math.min(filler.length, totalBytes - sent));
      hash.update(piece);
      sent += piece.length;
      controller.enqueue(piece);
      if (sent >= totalBytes) controller.close();
    },
  });
}

const mib = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;

describe(`a ${FILE_BYTES / MiB} MiB upload into an API process with a ${HEAP_MIB} MiB heap`, () => {
  // The API runs compiled, as its own process. Built before the stack starts: the build blocks this process, and the
  // API in it would drop the kept-alive connections of requests made before (ECONNRESET).
  beforeAll(() => buildOnce());
  const stack = useFullStack();
  let api: ApiProcess;
  let db: DataSource;
  let auditId: string;
  let fileId: string | undefined;

  beforeAll(async () => {
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
    // Launched through the in-process API; the process shares its database and Temporal, so it sees the audit.
    ({ auditId } = await launchSampleAudit(stack.client));
    api = await startApiProcess({
      nodeArgs: [`--max-old-space-size=${HEAP_MIB}`],
      environment: { FILE_SIZE_LIMIT: String(SIZE_LIMIT), SMTP_URL: stack.mail.smtpUrl },
    });
  });
  afterAll(async () => {
    if (api && (api.child.exitCode ?? api.child.signalCode) !== null) console.error(`the API process ended (${api.child.exitCode ?? api.child.signalCode}) during the test; its log: ${api.logFile}`);
    await api?.stop();
    // 500 MiB of chunks would otherwise stay in the run's database for the files after this one.
    if (fileId) await fileStoreFromUrl(stack.config.FILE_STORE_URL, db).delete(fileStoreKey(auditId, fileId));
    await db?.destroy();
  });

  it('stores it streamed, with the SHA-256 of what was sent, stays within a bounded resident set, and serves it back streamed', async () => {
    // Sessions live in the shared database: one signed in through the in-process API is good for the process too.
    const session = await stack.client.session(P.teamLeader.email);
    const peakAtStart = api.peakRss();
    const ownRssBefore = procStatusBytes(process.pid, 'VmRSS');

    const sent = createHash('sha256');
    const uploadStarted = performance.now();
    const upload = await fetch(`${api.baseUrl}/audits/${auditId}/files?name=firewall-export.pdf`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/octet-stream' },
      body: generatedPdf(FILE_BYTES, sent),
      duplex: 'half',
    } as RequestInit);
    const uploaded = (await upload.json()) as { id: string; name: string; mediaType: string; size: number; sha256: string; message?: string };
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;
    expect({ status: upload.status, message: uploaded.message }).toEqual({ status: 201, message: undefined });
    fileId = uploaded.id;
    expect(uploaded).toMatchObject({ name: 'firewall-export.pdf', mediaType: 'application/pdf', size: FILE_BYTES, sha256: sent.digest('hex') });
    const peakAfterUpload = api.peakRss();

    expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);

    const downloadStarted = performance.now();
    const download = await fetch(`${api.baseUrl}/audits/${auditId}/files/${fileId}`, { headers: { cookie: session.cookie } });
    expect(download.status).toBe(200);
    const received = createHash('sha256');
    let receivedBytes = 0;
    for await (const chunk of download.body as unknown as AsyncIterable<Uint8Array>) {
      received.update(chunk);
      receivedBytes += chunk.length;
    }
    const downloadSeconds = (performance.now() - downloadStarted) / 1000;
    expect({ size: receivedBytes, sha256: received.digest('hex') }).toEqual({ size: FILE_BYTES, sha256: uploaded.sha256 });

    const peak = api.peakRss();
    const ownRssGrowth = procStatusBytes(process.pid, 'VmRSS') - ownRssBefore;
    console.info(
      `API process (--max-old-space-size=${HEAP_MIB}): peak RSS ${mib(peakAtStart)} MiB after start, ${mib(peakAfterUpload)} MiB after the upload, ${mib(peak)} MiB after the download; ` +
        `upload ${uploadSeconds.toFixed(1)} s, download ${downloadSeconds.toFixed(1)} s; the test's own RSS grew ${mib(ownRssGrowth)} MiB`,
    );
    expect(peak).toBeLessThan(PEAK_RSS_BOUND);
    expect(peak - peakAtStart).toBeLessThan(PEAK_RSS_GROWTH_BOUND);
    expect({ exitCode: api.child.exitCode, signal: api.child.signalCode }).toEqual({ exitCode: null, signal: null });
    expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
  }, 600_000);
});
