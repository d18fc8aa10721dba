import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FileStore } from './file-store';

/** The stored bytes are not the bytes uploaded: a store fault or tampering. Nothing of the file is served. */
export class FileIntegrityError extends Error {
  constructor(
    readonly fileId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`the stored content of file ${fileId} does not match the SHA-256 recorded at upload (${expected}; the store holds ${actual})`);
    this.name = 'FileIntegrityError';
  }
}

export async function sha256Of(content: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of content) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The file's content, checked against its recorded SHA-256 before a byte is served: read once to hash it, then
 * streamed again. Twice the reading, but a reader never receives altered evidence believing it genuine.
 */
export async function verifiedContent(store: FileStore, key: string, fileId: string, sha256: string): Promise<Readable> {
  const actual = await sha256Of(await store.get(key));
  if (actual !== sha256) throw new FileIntegrityError(fileId, sha256, actual);
  return store.get(key);
}
