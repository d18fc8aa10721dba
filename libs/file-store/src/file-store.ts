import type { Readable } from 'node:stream';

/**
 * Where file bytes live. Keys are opaque; the `files` table says which key holds which file and its SHA-256.
 * Every operation is idempotent: putting a key again replaces it, deleting a missing key succeeds.
 */
export interface FileStore {
  /** 'postgres' or 's3': recorded with each file, so a change of store later still finds older files. */
  readonly kind: FileStoreKind;
  /** Streams the content in; on any error nothing is left under the key. */
  put(key: string, content: Readable): Promise<void>;
  /** Streams the content out. */
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}

export type FileStoreKind = 'postgres' | 's3';
