import type { AuditflowStack } from './auditflow-stack';

/** Counts the launcher's restarts of the worker (a new process id: it crashed), as often as it is asked. */
export function workerRestarts(stack: Pick<AuditflowStack, 'workerPid'>): () => number {
  let restarts = 0;
  let last = stack.workerPid();
  return () => {
    const now = stack.workerPid();
    if (now !== last) restarts += 1;
    last = now;
    return restarts;
  };
}
