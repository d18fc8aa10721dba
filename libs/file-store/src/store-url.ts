import { S3Client } from '@aws-sdk/client-s3';
import type { DataSource } from 'typeorm';
import type { FileStore } from './file-store';
import { PostgresFileStore } from './postgres-file-store';
import { S3FileStore } from './s3-file-store';

/**
 * The store FILE_STORE_URL names: unset or `postgres` for the database itself;
 * `s3://KEY:SECRET@HOST:PORT/BUCKET?region=eu-west-1&forcePathStyle=true&tls=false` for an S3-compatible store
 * (without KEY:SECRET the SDK's usual credential chain applies; without HOST, AWS itself).
 */
export function fileStoreFromUrl(url: string | undefined, dataSource: DataSource): FileStore {
  if (!url || url === 'postgres') return new PostgresFileStore(dataSource);
  const parsed = new URL(url);
  if (parsed.protocol !== 's3:') throw new Error(`FILE_STORE_URL must be "postgres" or an s3:// URL, not ${parsed.protocol}`);
  const bucket = decodeURIComponent(parsed.pathname.replace(/^\/+/, ''));
  if (!bucket) throw new Error('FILE_STORE_URL names no bucket: s3://HOST/BUCKET');
  const tls = parsed.searchParams.get('tls') !== 'false';
  const client = new S3Client({
    region: parsed.searchParams.get('region') ?? 'us-east-1',
    forcePathStyle: parsed.searchParams.get('forcePathStyle') === 'true',
    ...(parsed.host ? { endpoint: `${tls ? 'https' : 'http'}://${parsed.host}` } : {}),
    ...(parsed.username ? { credentials: { accessKeyId: decodeURIComponent(parsed.username), secretAccessKey: decodeURIComponent(parsed.password) } } : {}),
  });
  return new S3FileStore(client, bucket);
}
