import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { FileType, Rejection } from '@auditflow/domain';
import { checkContentType, SAMPLE_BYTES } from './content-type';
import type { FileStore } from './file-store';

export interface UploadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** FileType names accepted. */
  allowedTypes: readonly string[];
}

export interface ReceivedFile {
  type: FileType;
  size: number;
  sha256: string;
}

export const tooLarge = (maxBytes: number) => new Rejection('too-large', `is larger than the limit of ${maxBytes} bytes per file`, 'content');

/**
 * Takes an upload from a stream into the store: the type is checked from the first bytes before anything is stored,
 * then the bytes stream through a SHA-256 and a byte count into the store. Over the limit, the store's write fails
 * and leaves nothing. Memory stays bounded by the sample and the store's buffers, whatever the file's size.
 */
export async function receiveUpload(source: Readable, fileName: string, limits: UploadLimits, store: FileStore, key: string): Promise<ReceivedFile> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const sample = Buffer.concat(head, headBytes);
  if (sample.length > limits.maxBytes) throw tooLarge(limits.maxBytes);
  const type = await checkContentType(sample, fileName, limits.allowedTypes);

  const hash = createHash('sha256');
  let size = 0;
  const measured = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limits.maxBytes) return done(tooLarge(limits.maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const content = Readable.from(
    (async function* all() {
      yield sample;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
  );
  let failure: unknown;
  measured.on('error', (error) => (failure = error));
  content.on('error', (error) => measured.destroy(error));
  content.pipe(measured);
  try {
    await store.put(key, measured);
  } catch (error) {
    throw failure instanceof Rejection ? failure : error;
  }
  if (failure) throw failure;
  return { type, size, sha256: hash.digest('hex') };
}
