// `npm run bench -- --follow-up-memory`: the target "10,000 open follow-ups under 2 GiB". Drives sample audits through
// 6.2–6.6 into follow-up, each with BENCH_EXTRA_NONCONFORMITIES (48) minor nonconformities besides the sample's two,
// until BENCH_FOLLOW_UPS (10,000) corrective-action follow-ups are open, every one a workflow waiting on its plan's
// deadline and reminders. Prints the worker's RSS as they pile up; exits 1 when it ends at 2 GiB or more, or when the
// worker was restarted on the way (a crash would hide what it held).
import { Client } from 'pg';
import { ensureSamplePool, HttpAuditPort, runSampleAuditToFollowUp } from '@auditflow/samples';
import { startBenchEnvironment } from './bench-environment';
import { approvedProgramme, launchAudit } from './audit-drivers';
import { benchClient } from './bench-client';
import { settledMemory } from './settled-memory';
import { mib, table } from './targets';
import { workerRestarts } from './worker-restarts';

const followUps = Number(process.env.BENCH_FOLLOW_UPS ?? 10_000);
const extraNonconformities = Number(process.env.BENCH_EXTRA_NONCONFORMITIES ?? 48);
const drivers = Number(process.env.BENCH_FOLLOW_UP_DRIVERS ?? 16);
/** The sample audit's own nonconformities: a major and a minor. */
const SAMPLE_NONCONFORMITIES = 2;
const TARGET_BYTES = 2 * 1024 ** 3;
/** How long the last audits' follow-ups may take to be started and recorded once their audits completed. */
const OPENING_TIMEOUT_MS = 15 * 60_000;

const began = Date.now();
const log = (line: string) => process.stderr.write(`[follow-ups +${((Date.now() - began) / 1000).toFixed(0)}s] ${line}\n`);

async function openFollowUps(db: Client): Promise<number> {
  return Number((await db.query(`SELECT count(*) FROM corrective_actions WHERE status <> 'closed'`)).rows[0].count);
}

async function main(): Promise<number> {
  const perAudit = SAMPLE_NONCONFORMITIES + extraNonconformities;
  const audits = Math.ceil(followUps / perAudit);
  const environment = await startBenchEnvironment('auditflow_bench_follow_ups', {}, log);
  const { databaseUrl, mailbox, stack } = environment;
  const db = new Client({ connectionString: databaseUrl });
  const progress = ['| audits completed | open follow-ups | worker RSS | API RSS | worker restarts |', '|---|---|---|---|---|'];
  let finished = false;
  try {
    await db.connect();
    const client = benchClient(stack.baseUrl, mailbox);
    await ensureSamplePool(client);
    const programmeId = await approvedProgramme(client);
    const rssAtStart = stack.residentMemory();
    const restarts = workerRestarts(stack);
    const row = async (completed: number) => {
      const rss = stack.residentMemory();
      progress.push(`| ${completed} | ${await openFollowUps(db)} | ${mib(rss.worker)} | ${mib(rss.api)} | ${restarts()} |`);
      log(progress[progress.length - 1]!);
    };
    await row(0);

    log(`${audits} audits with ${perAudit} nonconformities each, ${drivers} drivers`);
    let next = 0;
    let completed = 0;
    const every = Math.max(1, Math.floor(audits / 10));
    await Promise.all(
      Array.from({ length: drivers }, async () => {
        while (next < audits) {
          next += 1;
          const auditId = await launchAudit(client, programmeId);
          await runSampleAuditToFollowUp(new HttpAuditPort(client, auditId), { extraNonconformities });
          completed += 1;
          if (completed % every === 0) await row(completed);
        }
      }),
    );
    const expected = audits * perAudit;
    const deadline = Date.now() + OPENING_TIMEOUT_MS;
    let open = await openFollowUps(db);
    while (open < expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      open = await openFollowUps(db);
    }
    if (open < expected) throw new Error(`only ${open} of ${expected} follow-ups were recorded open within ${OPENING_TIMEOUT_MS / 60_000} minutes`);
    await row(completed);
    const rss = await settledMemory(stack.residentMemory);
    const restarted = restarts();
    const met = rss.worker < TARGET_BYTES && restarted === 0;
    process.stdout.write(`\n${progress.join('\n')}\n\n`);
    process.stdout.write(
      `${table([
        { what: `worker RSS, ${open} open follow-ups (${audits} audits in follow-up)`, auditflow: mib(rss.worker), baseline: `at start: ${mib(rssAtStart.worker)}${restarted ? `; the worker was restarted ${restarted} times` : ''}`, target: '< 2 GiB', met },
        { what: 'API RSS, same moment', auditflow: mib(rss.api), baseline: `at start: ${mib(rssAtStart.api)}`, target: '' },
      ])}\n`,
    );
    finished = true;
    return met ? 0 : 1;
  } finally {
    await db.end().catch(() => undefined);
    await environment.close(finished);
    if (!finished) log(`the run failed; its logs are kept in ${environment.dir}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
