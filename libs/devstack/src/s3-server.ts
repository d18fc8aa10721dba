import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { freePort } from './free-port';
import { describeExit, startProcess } from './managed-process';
import { REPO_ROOT } from './repo-root';
import { waitForHealth } from './wait-for-health';

export const S3_SERVER_REGION = 'us-east-1';

export interface S3ServerOptions {
  bucket?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Appends the server's output to this file. */
  logFile?: string;
  /** Where the server's own environment comes from; S3_SERVER_PATH there names the binary. */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export interface S3Server {
  /** FILE_STORE_URL for this server and bucket. */
  fileStoreUrl: string;
  /** http://127.0.0.1:<port>, for an S3 client's `endpoint`. */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Stops the server and deletes its data directory. */
  stop(): Promise<void>;
}

/**
 * The S3 server's path, resolved (and built if needed) by scripts/ensure-s3-server.mjs, the one place that knows
 * the pinned version; run as a child process like the Temporal CLI's resolution, so it works from dist/ and ts-jest.
 */
export function resolveS3Server(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const script = join(REPO_ROOT, 'scripts', 'ensure-s3-server.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const path = stdout.trim().split('\n').pop();
      if (code === 0 && path) resolve(path);
      else reject(new Error(`Could not resolve the S3 server (${script} exited with ${code}):\n${stderr.trim()}`));
    });
  });
}

/** FILE_STORE_URL for an S3 bucket reached over plain HTTP with path-style addressing. */
export function s3FileStoreUrl(server: { host: string; port: number; bucket: string; accessKeyId: string; secretAccessKey: string }): string {
  const credentials = `${encodeURIComponent(server.accessKeyId)}:${encodeURIComponent(server.secretAccessKey)}`;
  return `s3://${credentials}@${server.host}:${server.port}/${server.bucket}?region=${S3_SERVER_REGION}&forcePathStyle=true&tls=false`;
}

/**
 * A real S3-compatible server (Versity Gateway's POSIX backend) on a free port, storing in a fresh temporary
 * directory, with one empty bucket. Metadata goes to a sidecar directory rather than extended attributes, so any
 * filesystem (tmpfs, overlay) will do.
 */
export async function startS3Server(options: S3ServerOptions = {}): Promise<S3Server> {
  const env = options.env ?? process.env;
  const bucket = options.bucket ?? 'auditflow-files';
  const accessKeyId = options.accessKeyId ?? 'auditflow-test';
  const secretAccessKey = options.secretAccessKey ?? 'auditflow-test-secret';
  const binary = await resolveS3Server(env);
  const host = '127.0.0.1';
  const port = await freePort(host);
  const dataDir = mkdtempSync(join(tmpdir(), 'auditflow-s3-'));
  const bucketsDir = join(dataDir, 'buckets');
  const metaDir = join(dataDir, 'meta');
  mkdirSync(bucketsDir);
  mkdirSync(metaDir);
  const server = startProcess({
    name: 's3-server',
    command: binary,
    args: ['--access', accessKeyId, '--secret', secretAccessKey, '--port', `${host}:${port}`, '--region', S3_SERVER_REGION, '--health', '/health', '--quiet', 'posix', '--sidecar', metaDir, bucketsDir],
    env,
    logFile: options.logFile,
  });
  const stop = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const endpoint = `http://${host}:${port}`;
  try {
    await waitForHealth(`${endpoint}/health`, {
      timeoutMs: options.timeoutMs ?? 30_000,
      failure: () => {
        const exit = server.exitStatus();
        return exit && `The S3 server ${describeExit(exit)}:\n${server.outputTail()}`;
      },
    });
    const client = new S3Client({ endpoint, region: S3_SERVER_REGION, forcePathStyle: true, credentials: { accessKeyId, secretAccessKey } });
    try {
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
    } finally {
      client.destroy();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { fileStoreUrl: s3FileStoreUrl({ host, port, bucket, accessKeyId, secretAccessKey }), endpoint, bucket, accessKeyId, secretAccessKey, stop };
}
