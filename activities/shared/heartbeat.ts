import { Context } from '@temporalio/activity';

/**
 * Heartbeats every `everyMs` while `work` runs, so Temporal notices within the heartbeat timeout when the worker
 * dies mid-activity and retries elsewhere, instead of waiting out the whole start-to-close timeout.
 * Outside an activity (a direct call in a test) it just runs `work`.
 */
export async function withHeartbeat<T>(work: () => Promise<T>, everyMs = 2000): Promise<T> {
  let context: Context | undefined;
  try {
    context = Context.current();
  } catch {
    return work();
  }
  const activity = context;
  activity.heartbeat();
  const timer = setInterval(() => activity.heartbeat(), everyMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
