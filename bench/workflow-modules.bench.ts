// `npm run bench -- --workflow-modules`: what each workflow costs the worker before it runs a line of its own. The
// SDK's reusable V8 context gives every workflow it creates or replays its own module cache, so the workflow bundle's
// modules (the domain's rules and zod above all) are evaluated again for each. This evaluates them as the SDK does, in
// one vm context with a fresh module cache per workflow, and prints the time and the heap each workflow keeps, for
// the bundle as built and for the same bundle with the workflows importing the domain's main entry (the baseline).
// No target: the system benchmark holds the targets; this says what one workflow's modules cost.
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT, workflowBundleCode } from '@auditflow/devstack';

const WORKFLOWS = Number(process.env.BENCH_WORKFLOWS ?? 200);
const log = (line: string) => process.stderr.write(`${line}\n`);

interface ModuleCost {
  modules: number;
  msPerWorkflow: number;
  kbPerWorkflow: number;
}

/** Evaluates the bundle's workflows and interceptors `WORKFLOWS` times, keeping every module cache, as a full sticky cache does. */
function measure(code: string): ModuleCost {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const context = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
  const shared = new Map<string | symbol, unknown>();
  let current: Map<string | symbol, unknown> | undefined;
  // The SDK's own global setup of a workflow context, and its module-cache hook (a cache per workflow once one exists).
  const sdk = createRequire(require.resolve('@temporalio/worker'));
  (sdk('./workflow/vm-shared') as { injectGlobals(context: vm.Context): void }).injectGlobals(context);
  Object.defineProperty(context, '__webpack_module_cache__', {
    value: new Proxy(
      {},
      {
        get: (_, key) => shared.get(key) ?? current?.get(key),
        set: (_, key, value) => ((current ?? shared).set(key, value), true),
      },
    ),
  });
  // What the OpenTelemetry interceptors' runtime module sets up inside a real workflow context.
  vm.runInContext('globalThis.performance = { timeOrigin: 0, now: () => 0 }; globalThis.window = globalThis;', context);
  vm.runInContext(code, context);
  const kept: Map<string | symbol, unknown>[] = [];
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  for (let index = 0; index < WORKFLOWS; index += 1) {
    current = new Map();
    vm.runInContext('__TEMPORAL__.importWorkflows(); __TEMPORAL__.importInterceptors();', context);
    kept.push(current);
  }
  const msPerWorkflow = Number(process.hrtime.bigint() - started) / 1e6 / WORKFLOWS;
  gc();
  const kbPerWorkflow = (process.memoryUsage().heapUsed - heapBefore) / WORKFLOWS / 1024;
  return { modules: kept[0]!.size, msPerWorkflow, kbPerWorkflow };
}

async function main(): Promise<void> {
  log('bundling the workflows twice (as built, and importing the domain main entry)');
  const built = measure(await workflowBundleCode());
  const mainEntry = measure(await workflowBundleCode({ moduleAliases: { '@auditflow/domain/workflow$': join(REPO_ROOT, 'libs', 'domain', 'dist', 'index.js') } }));
  const row = (name: string, cost: ModuleCost) => `| ${name} | ${cost.modules} | ${cost.msPerWorkflow.toFixed(1)} | ${cost.kbPerWorkflow.toFixed(0)} |`;
  process.stdout.write(
    [
      `\nModule cost per workflow (${WORKFLOWS} workflows, mean, garbage collection included)`,
      '| bundle | modules | ms | KB kept |',
      '|---|---|---|---|',
      row('as built (@auditflow/domain/workflow)', built),
      row('baseline: the domain main entry', mainEntry),
      `ratio: ${(built.msPerWorkflow / mainEntry.msPerWorkflow).toFixed(2)}× the time, ${(built.kbPerWorkflow / mainEntry.kbPerWorkflow).toFixed(2)}× the memory\n`,
    ].join('\n'),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
