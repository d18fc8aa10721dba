/**
 * What one workflow in the worker's sticky cache holds in the heap of the SDK's workflow thread: the workflow bundle's
 * modules (zod's schemas above all) are instantiated for each workflow. Measured with `npm run bench -- --worker-memory`.
 */
export const CACHED_WORKFLOW_HEAP_MB = 4;

/** The rest of the worker's heap: its main thread (activities, connections) and the workflow thread's own base. */
const BASE_HEAP_MB = 240;

/**
 * The V8 heap (`--max-old-space-size`, in MB) a worker with this sticky cache needs. V8's limit applies to each thread,
 * so a cache larger than this heap holds makes the workflow thread run out of memory once the cache fills.
 */
export function workerHeapMb(maxCachedWorkflows: number): number {
  return BASE_HEAP_MB + CACHED_WORKFLOW_HEAP_MB * maxCachedWorkflows;
}

/**
 * Refuses a heap too small for the sticky cache, naming both settings, instead of a worker that dies later, under load.
 * `heapLimitBytes` is V8's `heap_size_limit` of this process.
 */
export function checkWorkerHeap(maxCachedWorkflows: number, heapLimitBytes: number): void {
  const needed = workerHeapMb(maxCachedWorkflows);
  if (heapLimitBytes >= needed * 1024 * 1024) return;
  throw new Error(
    `WORKER_MAX_CACHED_WORKFLOWS=${maxCachedWorkflows} needs a heap of about ${needed} MB (${BASE_HEAP_MB} MB and ${CACHED_WORKFLOW_HEAP_MB} MB per cached workflow), ` +
      `but this process may use ${Math.floor(heapLimitBytes / 1024 / 1024)} MB: start it with NODE_OPTIONS=--max-old-space-size=${needed}, or lower WORKER_MAX_CACHED_WORKFLOWS`,
  );
}
