import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { FileStore } from './file-store';

/** Chunks of at most this many bytes: a file never sits whole in memory on either side. */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * Files in the database itself (table file_chunks): the embedded default, so a backup of the database holds the
 * evidence too. A put is one transaction: a failed upload leaves no chunk behind.
 */
export class PostgresFileStore implements FileStore {
  readonly kind = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {}

  async put(key: string, content: Readable): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`DELETE FROM file_chunks WHERE store_key = $1`, [key]);
      let seq = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async (all: boolean) => {
        let buffer = Buffer.concat(pending, pendingBytes);
        while (buffer.length >= CHUNK_BYTES || (all && buffer.length > 0)) {
          const chunk = buffer.subarray(0, CHUNK_BYTES);
          await runner.query(`INSERT INTO file_chunks (store_key, seq, data) VALUES ($1, $2, $3)`, [key, seq++, chunk]);
          buffer = buffer.subarray(chunk.length);
        }
        pending = buffer.length > 0 ? [Buffer.from(buffer)] : [];
        pendingBytes = buffer.length;
      };
      for await (const piece of content) {
        pending.push(piece as Buffer);
        pendingBytes += (piece as Buffer).length;
        if (pendingBytes >= CHUNK_BYTES) await flush(false);
      }
      await flush(true);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  async get(key: string): Promise<Readable> {
    const { dataSource } = this;
    let seq = 0;
    return Readable.from(
      (async function* chunks() {
        for (;;) {
          const [row] = (await dataSource.query(`SELECT data FROM file_chunks WHERE store_key = $1 AND seq = $2`, [key, seq++])) as { data: Buffer }[];
          if (!row) return;
          yield row.data;
        }
      })(),
    );
  }

  async delete(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM file_chunks WHERE store_key = $1`, [key]);
  }
}
