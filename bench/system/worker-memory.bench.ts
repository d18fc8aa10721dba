// `npm run bench -- --worker-memory`: the worker's resident memory as open audits pile up, to see what bounds it.
// Launches BENCH_MEMORY_AUDITS (2,000) sample audits in steps of 250 at concurrency 16 into Auditflow as `npm start`
// runs it, and prints the worker's RSS next to its main thread's heap (from its /metrics) after each step. Workflows
// run in the SDK's workflow thread, whose heap the main thread's metrics do not include: the difference is mostly
// that thread. Settings under test come from the environment (WORKER_MAX_CACHED_WORKFLOWS, ...). No target: the
// system benchmark holds the target; this says where the memory is.
import { ensureSamplePool } from '@auditflow/samples';
import { startBenchEnvironment } from './bench-environment';
import { approvedProgramme, launchMany } from './audit-drivers';
import { benchClient } from './bench-client';
import { mib } from './targets';
import { workerRestarts } from './worker-restarts';

const audits = Number(process.env.BENCH_MEMORY_AUDITS ?? 2000);
const STEP = 250;
const METRICS_PORT = '9464';
const log = (line: string) => process.stderr.write(`${line}\n`);

/** One value of the worker's Prometheus text, or NaN. */
async function workerMetric(name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `) || candidate.startsWith(`${name}{`));
  return line ? Number(line.split(' ').pop()) : Number.NaN;
}

async function main(): Promise<void> {
  const environment = await startBenchEnvironment('auditflow_bench_memory', { WORKER_METRICS_PORT: METRICS_PORT }, log);
  const { mailbox, stack } = environment;
  const rows = ['| open audits | launches/s | worker RSS | main-thread heap used | worker restarts |', '|---|---|---|---|---|'];
  const restarts = workerRestarts(stack);
  const row = async (open: number, rate: string) => {
    rows.push(`| ${open} | ${rate} | ${mib(stack.residentMemory().worker)} | ${mib(await workerMetric('nodejs_heap_size_used_bytes'))} | ${restarts()} |`);
  };
  try {
    const client = benchClient(stack.baseUrl, mailbox);
    await ensureSamplePool(client);
    const programmeId = await approvedProgramme(client);
    await row(0, '');
    for (let open = 0; open < audits; open += STEP) {
      const launched = await launchMany(client, programmeId, STEP, 16);
      await row(open + STEP, launched.auditsPerSecond.toFixed(1));
      log(rows[rows.length - 1]!);
    }
  } finally {
    await environment.close(true);
  }
  process.stdout.write(`\nWORKER_MAX_CACHED_WORKFLOWS=${process.env.WORKER_MAX_CACHED_WORKFLOWS ?? '(default)'}\n${rows.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
