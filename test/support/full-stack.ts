import { AppConfig } from '@auditflow/config';
import { AuditflowClient, ensureSamplePool } from '@auditflow/samples';
import { testClient } from './sign-in';
import { startApi, startMailbox, startWorker, testConfig, TestApi, TestMailbox, TestWorker } from './test-stack';

/** What an end-to-end test talks to: a real SMTP mailbox, a real worker and the HTTP API, on the test stack. */
export interface FullStack {
  mail: TestMailbox;
  worker: TestWorker | undefined;
  api: TestApi;
  config: AppConfig;
  /** The API as signed-in people: `client.post(path, email, body)`. */
  client: AuditflowClient;
}

/**
 * Starts the mailbox, a worker and the API before the file's tests and stops them after. The returned object is
 * filled in `beforeAll`; a test may replace `worker` (restart it) and the teardown stops whichever runs then.
 */
export function useFullStack(options: { unknownMailboxes?: string[]; /** Settings of this stack, read when it starts. */ environment?: () => Record<string, string> } = {}): FullStack {
  const stack = {} as FullStack;
  beforeAll(async () => {
    stack.mail = await startMailbox({ unknownMailboxes: options.unknownMailboxes });
    stack.config = testConfig({ SMTP_URL: stack.mail.smtpUrl, ...options.environment?.() });
    stack.worker = await startWorker(stack.config);
    stack.api = await startApi(stack.config);
    stack.client = testClient(stack.api.baseUrl, stack.mail.mailbox);
    // The organisation's auditor pool holds the sample team, as a real one would before its audits are launched.
    await ensureSamplePool(stack.client);
  });
  afterAll(async () => {
    await stack.api?.close();
    await stack.worker?.stop();
    await stack.mail?.stop();
  });
  return stack;
}
