import type { TimelineEvent } from '@auditflow/domain';
import { deliverNotifications } from './mail-delivery';

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
