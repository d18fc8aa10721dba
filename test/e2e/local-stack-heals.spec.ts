// `npm start`'s launcher as its own process, on the test stack's Temporal, PostgreSQL, SMTP and identity provider: a
// worker killed with SIGKILL is restarted, reads go on meanwhile, and the reminders due meanwhile still go out once.
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { compiledEntry, freePort, REPO_ROOT } from '@auditflow/devstack';
import { launchSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { header, messagesMatching } from '../support/mail-queries';
import { testClient } from '../support/sign-in';
import { eventually, startMailbox, testEnvironment, testWorkflowBundle, TestMailbox } from '../support/test-stack';
import { buildOnce } from '../support/worker-process';

/**
 * The acknowledge-contact task (T-1) is due 40 s after launch, with reminders 20 and 10 s before: they fall due after
 * the worker is back (a reminder whose moment passed during an outage is superseded by design, not sent late).
 */
const FAST = { contactAcknowledgementWithin: 'PT40S', reminderLeadTimes: ['PT20S', 'PT10S'], escalationLadder: [{ after: 'PT0S', notify: ['assignee' as const], cc: [] }] };

/** The pid of the child of `parent` whose command line contains `needle` (read from /proc). */
function childOf(parent: number, needle: string): number | undefined {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === parent && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

describe('the local stack launcher', () => {
  let mail: TestMailbox;
  let launcher: ChildProcess;
  let output = '';
  let dataDir: string;

  afterAll(async () => {
    if (launcher && launcher.exitCode === null) {
      launcher.kill('SIGKILL');
      await new Promise((resolve) => launcher.once('exit', resolve));
    }
    await mail?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts a worker killed with SIGKILL; reads answer meanwhile and pending reminders go out once', async () => {
    buildOnce();
    mail = await startMailbox();
    dataDir = mkdtempSync(join(REPO_ROOT, 'test', '.tmp', 'launcher-'));
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    launcher = spawn(process.execPath, [compiledEntry('@auditflow/devstack/stack')], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...testEnvironment({
          PORT: String(port),
          PUBLIC_URL: baseUrl,
          DATA_DIR: dataDir,
          TEMPORAL_TASK_QUEUE: `test-launcher-${port}`,
          SMTP_URL: mail.smtpUrl,
          WORKFLOW_BUNDLE_PATH: testWorkflowBundle(),
          DIGEST_ENABLED: 'false',
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    launcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(() => expect(output).toContain('Auditflow is up'), { timeoutMs: 120_000, intervalMs: 250 });

    const client = testClient(baseUrl, mail.mailbox);
    const { auditId } = await launchSampleAudit(client, FAST);
    const workerPid = childOf(launcher.pid!, 'apps/worker/dist/main.js');
    expect(workerPid).toBeGreaterThan(0);
    process.kill(workerPid!, 'SIGKILL');

    // While the worker is away the API answers reads from the read model.
    const read = await client.get(`/audits/${auditId}`, P.programmeManager.email);
    expect(read.status).toBe(200);
    await eventually(() => expect(output).toMatch(/worker was killed by SIGKILL; restarting it/), { timeoutMs: 30_000 });
    await eventually(() => expect(output).toContain('worker restarted'), { timeoutMs: 60_000 });

    // The reminders and the overdue notice of T-1, all pending when the worker died, arrive, each once.
    const mails = await eventually(
      () => {
        const found = messagesMatching(mail.mailbox, new RegExp(`^audit-${auditId}:T-1:`));
        const kinds = found.map((message) => header(message, 'X-Auditflow-Kind'));
        expect(kinds.filter((kind) => kind === 'task-reminder')).toHaveLength(2);
        expect(kinds).toEqual(expect.arrayContaining(['task-assigned', 'task-overdue']));
        return found;
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    const keys = mails.map((message) => header(message, 'X-Auditflow-Dedupe-Key'));
    expect(new Set(keys).size).toBe(keys.length);

    launcher.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => launcher.once('exit', resolve));
    expect(code).toBe(0);
    expect(output).toContain('stopped');
  });
});
