import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { describeDown, waitForHealth } from '@auditflow/devstack';

describe('waitForHealth', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(answers: { status: number; body: unknown }[]): Promise<string> {
    server = createServer((_request, response) => {
      const answer = answers.length > 1 ? answers.shift()! : answers[0];
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  }

  it('resolves once the endpoint answers 200', async () => {
    const url = await serve([
      { status: 503, body: { status: 'down', checks: {} } },
      { status: 200, body: { status: 'up', checks: {} } },
    ]);
    await expect(waitForHealth(url, { timeoutMs: 5_000 })).resolves.toBeUndefined();
  });

  it('names the checks that are still down when it times out', async () => {
    const url = await serve([
      { status: 503, body: { status: 'down', checks: { database: { status: 'up' }, smtp: { status: 'down', reason: 'ECONNREFUSED' } } } },
    ]);
    await expect(waitForHealth(url, { timeoutMs: 600 })).rejects.toThrow('smtp is down (ECONNREFUSED)');
  });

  it('gives up at once when told to', async () => {
    await expect(waitForHealth('http://127.0.0.1:9/health', { timeoutMs: 60_000, failure: () => 'api exited with code 1' })).rejects.toThrow(
      'api exited with code 1',
    );
  });

  it('describeDown lists only failing checks', () => {
    expect(describeDown({ status: 'down', checks: { temporal: { status: 'up' }, worker: { status: 'down', reason: 'no poller' } } })).toBe(
      'worker is down (no poller)',
    );
  });
});
