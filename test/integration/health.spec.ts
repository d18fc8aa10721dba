import { randomBytes } from 'node:crypto';
import { eventually, http, startApi, startMailbox, startWorker, testConfig, TestApi, TestMailbox, TestWorker } from '../support/test-stack';

describe('GET /health', () => {
  let mail: TestMailbox;
  let worker: TestWorker;
  let api: TestApi;

  beforeAll(async () => {
    mail = await startMailbox();
    const config = testConfig({ SMTP_URL: mail.smtpUrl });
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

  it('is 503 with smtp down and a reason while the mail server is unreachable', async () => {
    await mail.mailbox.stop();
    try {
      const response = await http(api.baseUrl).get('/health');
      expect(response.status).toBe(503);
      expect(response.body.status).toBe('down');
      expect(response.body.checks.smtp.status).toBe('down');
      expect(response.body.checks.smtp.reason).toMatch(/ECONNREFUSED|connect/i);
      expect(response.body.checks.database).toEqual({ status: 'up' });
      expect(response.body.checks.temporal).toEqual({ status: 'up' });
    } finally {
      await mail.mailbox.start();
    }
    await eventually(async () => expect((await http(api.baseUrl).get('/health')).status).toBe(200));
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
    } finally {
      await lonely.close();
    }
  });
});
