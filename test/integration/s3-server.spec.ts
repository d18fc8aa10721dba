import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { S3Server, startS3Server } from '@auditflow/devstack';

const MIB = 1024 * 1024;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** An S3 client built only from the FILE_STORE_URL, as the application would build it. */
function clientFromFileStoreUrl(fileStoreUrl: string): { client: S3Client; bucket: string } {
  const url = new URL(fileStoreUrl);
  expect(url.protocol).toBe('s3:');
  expect(url.searchParams.get('forcePathStyle')).toBe('true');
  expect(url.searchParams.get('tls')).toBe('false');
  const client = new S3Client({
    endpoint: `http://${url.host}`,
    region: url.searchParams.get('region')!,
    forcePathStyle: true,
    credentials: { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) },
  });
  return { client, bucket: url.pathname.slice(1) };
}

describe('the local S3 server', () => {
  let server: S3Server;
  let client: S3Client;
  let bucket: string;
  beforeAll(async () => {
    // A secret with characters a URL must percent-encode, as generated secrets often have.
    server = await startS3Server({ bucket: 'evidence', secretAccessKey: 'test/secret+key=' });
    ({ client, bucket } = clientFromFileStoreUrl(server.fileStoreUrl));
  });
  afterAll(async () => {
    client?.destroy();
    await server?.stop();
  });

  it('stores a multipart upload, streams it back intact, lists it, and forgets it once deleted', async () => {
    expect(bucket).toBe('evidence');
    expect(server.fileStoreUrl).toContain(':test%2Fsecret%2Bkey%3D@127.0.0.1:');
    const content = randomBytes(5 * MIB + 512 * 1024);
    const key = 'audits/a-1/evidence/log.bin';

    // 5 MiB parts, the smallest S3 allows: two parts for this body.
    const upload = new Upload({ client, params: { Bucket: bucket, Key: key, Body: content }, partSize: 5 * MIB, queueSize: 2 });
    const uploaded = await upload.done();
    expect(uploaded.ETag).toMatch(/-2"$/);

    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(object.ContentLength).toBe(content.length);
    const hash = createHash('sha256');
    await pipeline(object.Body as Readable, hash);
    expect(hash.digest('hex')).toBe(sha256(content));

    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    expect(head.ContentLength).toBe(content.length);
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'audits/a-1/' }));
    expect(listed.Contents?.map((entry) => [entry.Key, entry.Size])).toEqual([[key, content.length]]);

    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    await expect(client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).rejects.toMatchObject({
      name: 'NotFound',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('refuses a request signed with the wrong secret', async () => {
    const impostor = new S3Client({
      endpoint: server.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: server.accessKeyId, secretAccessKey: 'not-the-secret' },
    });
    try {
      await expect(impostor.send(new ListObjectsV2Command({ Bucket: server.bucket }))).rejects.toMatchObject({
        name: 'SignatureDoesNotMatch',
      });
    } finally {
      impostor.destroy();
    }
  });
});
