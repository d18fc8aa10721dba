import { patched, type ActivityOptions, type LocalActivityOptions } from '@temporalio/workflow';
import type { TimelineEvent } from '@auditflow/domain/workflow';
import { deliverNotifications } from './mail-delivery';

/**
 * Marks the runs whose steps are written to the read model by a local activity, inside the workflow task that took the
 * step, so a step answers after one round trip through the server instead of two. Steps recorded before it were
 * written by a normal activity; their histories replay on that path.
 */
export const STEPS_RECORDED_BY_LOCAL_ACTIVITY = 'steps-recorded-by-local-activity';

// The read model must eventually be written whatever happens: retry without limit, backing off to 30 s.
const readModelRetry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' };

/** Read-model writes as normal activities: the old path of steps, and keeping a refused record for an admin. */
export const READ_MODEL_WRITES: ActivityOptions = { startToCloseTimeout: '30 seconds', retry: readModelRetry };

/**
 * Read-model writes as local activities, with the same retry policy. A blip (backoffs of 1, 2 and 4 s) is retried in
 * the worker, within the workflow task's 10 s; a longer outage waits for each later attempt on a durable timer, so the
 * workflow task ends, the worker may restart, and other Updates are validated and queries answered meanwhile.
 */
export const LOCAL_READ_MODEL_WRITES: LocalActivityOptions = { startToCloseTimeout: '30 seconds', retry: readModelRetry, localRetryThreshold: '5 seconds' };

/**
 * What every recorder of workflow steps shares: steps written one after the other (`chain`), the mail each record
 * queued handed to delivery, the reasons the read model refused steps for good, and a drain that waits for all of it.
 */
export abstract class RecordChain {
  protected chain: Promise<void> = Promise.resolve();
  private readonly deliveries = new Set<Promise<void>>();
  protected readonly refusals = new WeakMap<TimelineEvent[], string>();

  /** Why the read model refused the step that produced `events`, once its record has been handled. */
  refusalOf(events: TimelineEvent[]): string | undefined {
    return this.refusals.get(events);
  }

  /**
   * Whether the step being recorded now is written by a local activity. Asked when a step is recorded, so a run that
   * replays steps recorded the old way takes the old path for them, and the new one from its first step after the release.
   */
  protected recordsByLocalActivity(): boolean {
    return patched(STEPS_RECORDED_BY_LOCAL_ACTIVITY);
  }

  protected deliver(dedupeKeys: string[]): void {
    const delivery: Promise<void> = deliverNotifications({ dedupeKeys }).finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  /** Everything recorded and every message handed to SMTP. */
  async drain(): Promise<void> {
    await this.chain;
    while (this.deliveries.size > 0) await Promise.all([...this.deliveries]);
  }
}
