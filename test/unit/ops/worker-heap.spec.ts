// The worker's heap must hold its sticky cache: a cache of 250 in a 640 MB heap made the workflow thread run out of
// memory once it filled (`npm run bench -- --worker-memory`: the launcher restarted the worker every 250 launches).
import { spawnSync } from 'node:child_process';
import { checkWorkerHeap, loadConfig, workerHeapMb } from '@auditflow/config';
import { compiledEntry, REPO_ROOT } from '@auditflow/devstack';
import { buildOnce } from '../../support/worker-process';
import { loadCompose } from './compose-files';

const MB = 1024 * 1024;

describe("the worker's heap and its sticky cache", () => {
  it('sizes the heap at 240 MB and 4 MB per cached workflow: 640 MB for the default cache of 100', () => {
    const defaultCache = loadConfig({}).WORKER_MAX_CACHED_WORKFLOWS;
    expect(defaultCache).toBe(100);
    expect(workerHeapMb(defaultCache)).toBe(640);
    expect(workerHeapMb(250)).toBe(1240);
  });

  it('gives the compose workers the heap its default cache needs', () => {
    const worker = loadCompose().services['worker-1']!;
    const cache = Number(/:-(\d+)\}/.exec(String(worker.environment!.WORKER_MAX_CACHED_WORKFLOWS))![1]);
    const heap = Number(/--max-old-space-size=(\d+)/.exec(String(worker.environment!.NODE_OPTIONS))![1]);
    expect(heap).toBeGreaterThanOrEqual(workerHeapMb(cache));
  });

  it('refuses a heap too small for the cache, naming both settings and what to set', () => {
    expect(() => checkWorkerHeap(100, 672 * MB)).not.toThrow();
    expect(() => checkWorkerHeap(250, 672 * MB)).toThrow(
      'WORKER_MAX_CACHED_WORKFLOWS=250 needs a heap of about 1240 MB (240 MB and 4 MB per cached workflow), but this process may use 672 MB: start it with NODE_OPTIONS=--max-old-space-size=1240, or lower WORKER_MAX_CACHED_WORKFLOWS',
    );
  });

  it('stops the worker process at start, before it connects anywhere, when its heap is too small', () => {
    buildOnce();
    const started = spawnSync(process.execPath, ['--max-old-space-size=300', compiledEntry('@auditflow/worker/main')], {
      cwd: REPO_ROOT,
      env: { ...process.env, WORKER_MAX_CACHED_WORKFLOWS: '100', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', TEMPORAL_ADDRESS: '127.0.0.1:1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain('WORKER_MAX_CACHED_WORKFLOWS=100 needs a heap of about 640 MB');
  });
});
