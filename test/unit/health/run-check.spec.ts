import { runCheck, up } from '@auditflow/api';

describe('runCheck', () => {
  it('passes an answer through', async () => {
    await expect(runCheck(async () => up())).resolves.toEqual({ status: 'up' });
  });

  it('turns a failure into down with its message', async () => {
    await expect(runCheck(() => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')))).resolves.toEqual({
      status: 'down',
      reason: 'connect ECONNREFUSED 127.0.0.1:5432',
    });
  });

  it('answers down instead of hanging', async () => {
    const started = Date.now();
    const result = await runCheck(() => new Promise(() => undefined), 200);
    expect(result).toEqual({ status: 'down', reason: 'no answer within 200 ms' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
