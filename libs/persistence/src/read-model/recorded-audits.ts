import type { DataSource } from 'typeorm';

/** The channel the audit_events trigger notifies (migration 1796500000000) with the id of each audit it touched. */
export const AUDIT_RECORDED_CHANNEL = 'audit_recorded';

interface ListeningClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  release(error?: Error | boolean): void;
}

/**
 * Calls `recorded(auditId)` whenever a committed write appended to an audit's timeline. Holds one connection of
 * the pool for as long as it listens; `lost` is told when that connection breaks (the caller listens again).
 * Resolves with a function that stops listening.
 */
export async function listenToRecordedAudits(dataSource: DataSource, recorded: (auditId: string) => void, lost: (error: Error) => void): Promise<() => Promise<void>> {
  const pool = (dataSource.driver as unknown as { master: { connect(): Promise<ListeningClient> } }).master;
  const client = await pool.connect();
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    // A broken connection is destroyed rather than handed back to the pool.
    client.release(error ?? false);
  };
  client.on('notification', (message) => {
    if (message.channel === AUDIT_RECORDED_CHANNEL && message.payload) recorded(message.payload);
  });
  client.on('error', (error) => {
    release(error);
    lost(error);
  });
  await client.query(`LISTEN ${AUDIT_RECORDED_CHANNEL}`);
  return async () => {
    if (!released) await client.query(`UNLISTEN ${AUDIT_RECORDED_CHANNEL}`).catch(() => undefined);
    release();
  };
}
