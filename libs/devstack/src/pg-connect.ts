import { Client } from 'pg';

/** Runs `fn` with a connected client and always disconnects. */
export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether `url` accepts a connection and answers a query. */
export async function canConnect(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    await withClient(url, (client) => client.query('SELECT 1'), timeoutMs);
    return true;
  } catch {
    return false;
  }
}
