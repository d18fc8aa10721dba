import { randomBytes } from 'node:crypto';
import { eventually, http, startApi, startMailbox, startWorker, testConfig, TestApi, TestMailbox, TestWorker } from '../support/test-stack';

describe('GET /health, /health/live, /health/ready', () => {
  let mail: TestMailbox;
  let worker: TestWorker;
  let api: TestApi;

  beforeAll(async () => {
    mail = await startMailbox();
    const config = testConfig({ SMTP_URL: mail.smtpUrl, HEALTH_PROBE_INTERVAL: 'PT1S' });
    worker = await startWorker(config);
    api = await startApi(config);
  });

  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await mail?.stop();
  });

  it('is 200 with every check up on the real stack', async () => {
    const response = await eventually(async () => {
      const answer = await http(api.baseUrl).get('/health');
      expect(answer.body.checks).toEqual({ temporal: { status: 'up' }, database: { status: 'up' }, smtp: { status: 'up' }, worker: { status: 'up' } });
      return answer;
    });
    expect(response.status).toBe(200);
    // Stuck mail of other test files in the shared database makes it degraded, never down.
    const { undeliverableMail, failingMail, failedWrites } = response.body.stuck;
    expect(response.body.status).toBe(undeliverableMail + failingMail + failedWrites > 0 ? 'degraded' : 'up');
  });

  it('answers the latest background check to every caller, /health and /health/ready alike, until the next check replaces it', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => http(api.baseUrl).get('/health')));
    const ready = await http(api.baseUrl).get('/health/ready');
    const checkedAt = new Set([...answers, ready].map((answer) => answer.body.checkedAt));
    // A refresh may land between the calls; at most one did within these few milliseconds.
    expect(checkedAt.size).toBeLessThanOrEqual(2);
    const seen = [...checkedAt].map((value) => Date.parse(value));
    expect(Math.max(...seen)).toBeLessThanOrEqual(Date.now());
    const later = await eventually(async () => {
      const answer = await http(api.baseUrl).get('/health');
      expect(Date.parse(answer.body.checkedAt)).toBeGreaterThan(Math.max(...seen));
      return Date.parse(answer.body.checkedAt);
    });
    // Checks start HEALTH_PROBE_INTERVAL (PT1S here, 5 s by default) apart, or later when one took longer.
    expect(later - Math.max(...seen)).toBeGreaterThanOrEqual(1_000);
    expect(later - Math.min(...seen)).toBeLessThan(4_500);
  });

  it('answers liveness without looking at any dependency, and readiness with the four checks', async () => {
    const live = await http(api.baseUrl).get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'up' });
    const ready = await eventually(async () => {
      const answer = await http(api.baseUrl).get('/health/ready');
      expect(answer.status).toBe(200);
      return answer;
    });
    // Readiness is about dependencies only: stuck work (degraded) is /health's concern.
    expect(ready.body).toEqual({
      status: 'up',
      checks: { temporal: { status: 'up' }, database: { status: 'up' }, smtp: { status: 'up' }, worker: { status: 'up' } },
      checkedAt: expect.any(String),
    });
  });

  it('is 503 with smtp down and a reason once a background check finds the mail server unreachable; readiness follows, liveness stays up', async () => {
    await mail.mailbox.stop();
    try {
      // Both answer the latest background check (every HEALTH_PROBE_INTERVAL), so the outage is waited for.
      const response = await eventually(async () => {
        const answer = await http(api.baseUrl).get('/health');
        expect(answer.status).toBe(503);
        return answer;
      });
      expect(response.body.status).toBe('down');
      expect(response.body.checks.smtp.status).toBe('down');
      expect(response.body.checks.smtp.reason).toMatch(/ECONNREFUSED|connect/i);
      expect(response.body.checks.database).toEqual({ status: 'up' });
      expect(response.body.checks.temporal).toEqual({ status: 'up' });
      const ready = await eventually(async () => {
        const answer = await http(api.baseUrl).get('/health/ready');
        expect(answer.status).toBe(503);
        return answer;
      });
      expect(ready.body.status).toBe('down');
      expect(ready.body.checks.smtp.reason).toMatch(/ECONNREFUSED|connect/i);
      expect((await http(api.baseUrl).get('/health/live')).status).toBe(200);
    } finally {
      await mail.mailbox.start();
    }
    await eventually(async () => expect((await http(api.baseUrl).get('/health')).status).toBe(200));
    await eventually(async () => expect((await http(api.baseUrl).get('/health/ready')).status).toBe(200));
  });

  it('reports the worker down, naming the task queue, when nobody polls it (and smtp down when SMTP_URL is unset)', async () => {
    const taskQueue = `nobody-polls-${randomBytes(3).toString('hex')}`;
    const lonely = await startApi(testConfig({ TEMPORAL_TASK_QUEUE: taskQueue, SMTP_URL: undefined }));
    try {
      const response = await http(lonely.baseUrl).get('/health');
      expect(response.status).toBe(503);
      expect(response.body.checks.worker.status).toBe('down');
      expect(response.body.checks.worker.reason).toContain(taskQueue);
      expect(response.body.checks.smtp).toEqual({ status: 'down', reason: 'SMTP_URL is not set' });
      expect(response.body.checks.temporal).toEqual({ status: 'up' });
      expect(response.body.stuck).toBeUndefined();
      const ready = await http(lonely.baseUrl).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.worker.reason).toContain(taskQueue);
      expect((await http(lonely.baseUrl).get('/health/live')).body).toEqual({ status: 'up' });
    } finally {
      await lonely.close();
    }
  });
});
