// `npm run bench` (after the rules benchmark): Auditflow as `npm start` runs it, measured from outside next to bare
// baselines started in the same run on the same servers. Prints a Markdown table; exits 1 when a target is missed.
import { Client } from 'pg';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { Mailbox } from '@auditflow/devstack';
import { ensureSamplePool, SAMPLE_PEOPLE } from '@auditflow/samples';
import { startBenchEnvironment } from './bench-environment';
import { approvedProgramme, driveLifecycles, launchMany } from './audit-drivers';
import { benchClient, signIn } from './bench-client';
import { clockBurst } from './clock-burst';
import { plannedMailThroughput } from './mail-throughput';
import { checkMailbox } from './mailbox-integrity';
import { measureLists } from './list-reads';
import { mib, ms, perSecond, Measurement, ratioOf, table } from './targets';
import { settledMemory } from './settled-memory';
import { runBareLifecycles, startBareTemporalWorker } from './baselines/bare-temporal';
import { startBareNestEndpoint } from './baselines/bare-nest';
import { HttpLoadResult, measureHttp } from './baselines/http-load';
import { measurePooledNodemailer } from './baselines/nodemailer-pooled';
import { percentile } from './baselines/stats';

const scale = {
  lifecycles: Number(process.env.BENCH_LIFECYCLES ?? 8),
  concurrentClients: Number(process.env.BENCH_CONCURRENT_CLIENTS ?? 50),
  openAudits: Number(process.env.BENCH_OPEN_AUDITS ?? 1000),
  burstAudits: Number(process.env.BENCH_BURST_AUDITS ?? 300),
  listAudits: Number(process.env.BENCH_LIST_AUDITS ?? 10_000),
  listEvents: Number(process.env.BENCH_LIST_EVENTS ?? 200_000),
  httpSeconds: Number(process.env.BENCH_HTTP_SECONDS ?? 10),
};

/** Mails planned for one moment in the throughput measurement: the clock burst's 300 audits × 4. */
const MAILS_AT_ONCE = 1200;
const began = Date.now();
const log = (line: string) => process.stderr.write(`[bench +${((Date.now() - began) / 1000).toFixed(0)}s] ${line}\n`);

async function main(): Promise<number> {
  // The bare worker runs in this process: its SDK logs warnings only, so the table stays readable.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const environment = await startBenchEnvironment('auditflow_bench', {}, log);
  const { databaseUrl, mailbox, stack } = environment;
  const db = new Client({ connectionString: databaseUrl });
  const rows: Measurement[] = [];
  let finished = false;
  const closers: (() => Promise<unknown>)[] = [];
  try {
    await db.connect();
    const bare = await startBareTemporalWorker({ temporalAddress: stack.temporalAddress, namespace: 'default', taskQueue: 'bench-bare', databaseUrl });
    closers.push(() => bare.stop());
    const bareNest = await startBareNestEndpoint();
    closers.push(() => bareNest.close());
    const client = benchClient(stack.baseUrl, mailbox);
    await ensureSamplePool(client);
    const programmeId = await approvedProgramme(client);
    const rssAtStart = stack.residentMemory();

    log('warm-up: one audit through every phase (everyone signs in)');
    await driveLifecycles(client, programmeId, 1, 1);

    log('steps: one audit alone');
    const idle = await driveLifecycles(client, programmeId, 1, 1);
    const idleP50 = percentile(idle.stepLatencies, 50);
    rows.push({ what: `one step, idle (${idle.stepLatencies.length} steps)`, auditflow: `p50 ${ms(idleP50)}, p99 ${ms(percentile(idle.stepLatencies, 99))}`, target: 'p50 ≤ 40 ms', met: idleP50 <= 40 });

    log(`steps: ${scale.lifecycles} lifecycles, 4 drivers, next to the bare workflow`);
    const bareInsert = await runBareLifecycles({ temporalAddress: stack.temporalAddress, namespace: 'default', taskQueue: 'bench-bare', drivers: 4, lifecycles: scale.lifecycles, withInsert: true });
    const bareUpdates = await runBareLifecycles({ temporalAddress: stack.temporalAddress, namespace: 'default', taskQueue: 'bench-bare', drivers: 4, lifecycles: scale.lifecycles, withInsert: false });
    const lifecycles = await driveLifecycles(client, programmeId, scale.lifecycles, 4);
    const throughput = ratioOf(lifecycles.auditsPerSecond, bareInsert.runsPerSecond);
    rows.push({
      what: `full audit lifecycles, 4 drivers (${lifecycles.stepLatencies.length / scale.lifecycles} steps each)`,
      auditflow: perSecond(lifecycles.auditsPerSecond, 'audits'),
      baseline: `bare Update + INSERT activity: ${perSecond(bareInsert.runsPerSecond, 'runs')}`,
      ratio: throughput,
      target: '≥ 1.0×',
      met: throughput >= 1,
    });
    rows.push({ what: 'bare workflow, Updates only (the ceiling)', auditflow: '', baseline: `${perSecond(bareUpdates.runsPerSecond, 'runs')}, Update p50 ${ms(bareUpdates.updateLatencyMs.p50)}`, target: '' });

    log(`steps: ${scale.concurrentClients} concurrent clients`);
    const crowd = await driveLifecycles(client, programmeId, scale.concurrentClients, scale.concurrentClients);
    const crowdP99 = percentile(crowd.stepLatencies, 99);
    rows.push({ what: `steps at ${scale.concurrentClients} concurrent clients`, auditflow: `${perSecond(crowd.stepLatencies.length / crowd.seconds, 'steps')}, p50 ${ms(percentile(crowd.stepLatencies, 50))}, p99 ${ms(crowdP99)}`, target: 'p99 ≤ 500 ms', met: crowdP99 <= 500 });

    log('reads: a closed audit, /health, next to a bare NestJS endpoint');
    const session = await signIn(stack.baseUrl, mailbox)(SAMPLE_PEOPLE.programmeManager.email);
    const bareRead = await measureHttp({ url: bareNest.url, connections: 10, durationSeconds: scale.httpSeconds });
    const auditRead = await measureHttp({ url: `${stack.baseUrl}/audits/${lifecycles.auditIds[0]}`, connections: 10, durationSeconds: scale.httpSeconds, headers: { cookie: session.cookie } });
    // What an audit's page reads besides the detail: the newest page of its timeline (apps/web/src/audit/timeline.tsx).
    const timelineRead = await measureHttp({ url: `${stack.baseUrl}/audits/${lifecycles.auditIds[0]}/timeline?limit=30`, connections: 10, durationSeconds: scale.httpSeconds, headers: { cookie: session.cookie } });
    // The floor under every signed-in read: a route that only looks the session up (one statement) and answers it.
    const sessionRead = await measureHttp({ url: `${stack.baseUrl}/auth/session`, connections: 10, durationSeconds: scale.httpSeconds, headers: { cookie: session.cookie } });
    const healthRead = await measureHttp({ url: `${stack.baseUrl}/health`, connections: 10, durationSeconds: scale.httpSeconds });
    const bareLine = `bare NestJS: ${perSecond(bareRead.requestsPerSecond, 'req')}`;
    const auditRatio = ratioOf(auditRead.requestsPerSecond, bareRead.requestsPerSecond);
    const healthRatio = ratioOf(healthRead.requestsPerSecond, bareRead.requestsPerSecond);
    rows.push({ what: 'GET /audits/{id}, closed audit, 10 clients', auditflow: served(auditRead), baseline: bareLine, ratio: auditRatio, target: '≥ 0.3×', met: auditRatio >= 0.3 && auditRead.non2xx === 0 });
    rows.push({ what: 'GET /audits/{id}/timeline, its newest 30 lines, 10 clients', auditflow: served(timelineRead), baseline: bareLine, ratio: ratioOf(timelineRead.requestsPerSecond, bareRead.requestsPerSecond), target: 'all 2xx', met: timelineRead.non2xx === 0 });
    rows.push({ what: 'GET /auth/session, the session lookup alone (the floor of a signed-in read), 10 clients', auditflow: served(sessionRead), baseline: bareLine, ratio: ratioOf(sessionRead.requestsPerSecond, bareRead.requestsPerSecond), target: '' });
    rows.push({ what: 'GET /health, 10 clients', auditflow: `${perSecond(healthRead.requestsPerSecond, 'req')}, p50 ${ms(healthRead.p50Ms)}${healthRead.non2xx ? `, ${healthRead.non2xx} non-2xx` : ''}`, baseline: bareLine, ratio: healthRatio, target: '≥ 0.5×', met: healthRatio >= 0.5 && healthRead.non2xx === 0 });

    log(`launching ${scale.openAudits} audits at concurrency 16`);
    const launched = await launchMany(client, programmeId, scale.openAudits, 16);
    rows.push({ what: `launching ${scale.openAudits} audits, concurrency 16`, auditflow: `${perSecond(launched.auditsPerSecond, 'audits')}, p99 ${ms(percentile(launched.latencies, 99))}`, target: '≥ 30 audits/s', met: launched.auditsPerSecond >= 30 });
    const open = await openAuditCount(db);
    const rss = await settledMemory(stack.residentMemory);
    rows.push({ what: `worker RSS, ${open} open audits with pending timers`, auditflow: mib(rss.worker), baseline: `at start: ${mib(rssAtStart.worker)}`, target: '< 1 GiB', met: rss.worker < 1024 ** 3 });
    rows.push({ what: `API RSS, same moment`, auditflow: mib(rss.api), baseline: `at start: ${mib(rssAtStart.api)}`, target: '< 300 MiB', met: rss.api < 300 * 1024 ** 2 });

    log('mail: pooled nodemailer to the same SMTP server');
    const pooled = await measurePooledNodemailer({ smtpUrl: mailbox.smtpUrl, messages: 1000, maxConnections: 5 });

    log(`on time at scale: ${scale.burstAudits} audits whose ladders fall due together`);
    const burst = await clockBurst(client, db, { audits: scale.burstAudits, groupSize: 10, paceSeconds: 2, log });
    const lateP99 = burst.lateness.length ? percentile(burst.lateness, 99) : Infinity;
    rows.push({
      what: `clock mails of ${burst.audits} audits due within ${burst.dueSpreadSeconds.toFixed(1)} s (${burst.mails} mails)`,
      auditflow: `late p50 ${burst.lateness.length ? percentile(burst.lateness, 50).toFixed(2) : '–'} s, p99 ${lateP99.toFixed(2)} s, ${burst.missing} missing`,
      target: 'p99 ≤ 2 s, none missing',
      met: lateP99 <= 2 && burst.missing === 0,
    });
    rows.push({
      what: 'that burst: mail rate as it fell due, and the workflows recording the last rung',
      auditflow: `${perSecond(burst.mailsPerSecond, 'mails')}; workflows caught up ${burst.caughtUpSeconds === undefined ? 'not within the wait' : `${burst.caughtUpSeconds.toFixed(1)} s after the last rung`}`,
      target: '',
    });
    log(`mail throughput: ${MAILS_AT_ONCE} planned mails due at the same moment`);
    const sendRate = await plannedMailThroughput(db, { mails: MAILS_AT_ONCE, auditIds: burst.auditIds, taskQueue: stack.taskQueue });
    const mailRatio = ratioOf(sendRate.mailsPerSecond, pooled.mailsPerSecond);
    rows.push({
      what: `mail delivery rate, ${sendRate.mails} planned mails due at the same moment`,
      auditflow: `${perSecond(sendRate.mailsPerSecond, 'mails')}, ${sendRate.missing} missing`,
      baseline: `pooled nodemailer, 5 connections: ${perSecond(pooled.mailsPerSecond, 'mails')}`,
      ratio: mailRatio,
      target: '≥ 0.5×',
      met: mailRatio >= 0.5 && sendRate.missing === 0,
    });

    log(`lists with ${scale.listAudits} audits and ${scale.listEvents} events`);
    for (const list of scale.listAudits === 0 ? [] : await measureLists({ baseUrl: stack.baseUrl, databaseUrl, audits: scale.listAudits, events: scale.listEvents, signIn: signIn(stack.baseUrl, mailbox), seconds: 5, log })) {
      rows.push({ what: `GET ${list.path} as ${list.as}`, auditflow: `p50 ${ms(list.p50Ms)}, p99 ${ms(list.p99Ms)}${list.non2xx ? `, ${list.non2xx} non-2xx` : ''}`, target: 'p99 ≤ 50 ms', met: list.p99Ms <= 50 && list.non2xx === 0 });
    }

    log('mailbox: every mail sent once, none missing');
    const integrity = await settledMailbox(mailbox, db);
    rows.push({
      what: `mailbox (${integrity.received} mails)`,
      auditflow: `${integrity.duplicates.length} duplicate Message-IDs, ${integrity.sentButMissing.length} sent but not received, ${integrity.pending} never sent, ${integrity.plannedPastDue} planned past due`,
      target: 'all 0',
      met: integrity.duplicates.length === 0 && integrity.sentButMissing.length === 0 && integrity.pending === 0 && integrity.plannedPastDue === 0,
    });
    finished = true;
  } finally {
    for (const close of closers.reverse()) await close().catch((error: unknown) => log(`stopping a baseline failed: ${String(error)}`));
    await db.end().catch(() => undefined);
    // A run that failed keeps its logs (data/logs/worker.log, api.log) and mailbox for a look.
    await environment.close(finished);
  }
  process.stdout.write(`\n${table(rows)}\n\n`);
  const missed = rows.filter((row) => row.met === false);
  process.stdout.write(missed.length ? `${missed.length} target(s) missed\n` : 'every target met\n');
  return missed.length ? 1 : 0;
}

/** A read's line in the table: requests served a second, their p99, and any answer that was not 2xx. */
function served(read: HttpLoadResult): string {
  return `${perSecond(read.requestsPerSecond, 'req')}, p99 ${ms(read.p99Ms)}${read.non2xx ? `, ${read.non2xx} non-2xx` : ''}`;
}

async function openAuditCount(db: Client): Promise<number> {
  return Number((await db.query(`SELECT count(*) FROM audits WHERE phase NOT IN ('closed', 'cancelled')`)).rows[0].count);
}

/** Waits (up to 2 minutes) for the outbox to empty, then checks the mailbox against it. */
async function settledMailbox(mailbox: Mailbox, db: Client) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const result = await checkMailbox(mailbox.messages(), db);
    if ((result.pending === 0 && result.sentButMissing.length === 0) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
