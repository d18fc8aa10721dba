import type { DataSource } from 'typeorm';

export interface PlannedMailDispatcherOptions {
  dataSource: DataSource;
  /** The workers' task queue: they send the planned mail of the workflows they run. */
  taskQueue: string;
  /** Sends outbox rows by dedupe key: the delivery activity's own code (row lock, shared send slots, once each). */
  deliver: (dedupeKeys: string[]) => Promise<void>;
  /** How long it waits between looks when nothing fell due (MAIL_DISPATCH_EVERY), in ms. */
  everyMs: number;
  /** Told of a look or a delivery that failed; the dispatcher goes on. */
  onError: (error: unknown) => void;
}

/** Rows moved to the outbox in one statement; a fuller batch is followed by the next look at once. */
const BATCH = 200;
/** Batches being sent at once; their rows share the worker's send slots with the delivery activity's. */
const BATCHES_IN_FLIGHT = 4;

/**
 * Sends planned clock mail at its moment, independently of the workflows' timers: each look moves the rows that fell
 * due into the outbox and hands them to delivery. What it guarantees:
 * - Once: moving is one statement (delete from the plan, insert into the outbox, skipping rows the clock's step
 *   already queued, and rows other dispatchers hold); sending locks each outbox row and skips a row already sent.
 * - Not lost: a row moved but not sent (SMTP down, the worker stopped) stays pending in the outbox, and the clock's
 *   own step hands the same row to the delivery activity, which retries until it is sent.
 * - A step's answer wins until the moment: a rung withdrawn before the look that would move it is never sent.
 */
export class PlannedMailDispatcher {
  private stopped = false;
  private wake?: () => void;
  private running?: Promise<void>;
  private readonly deliveries = new Set<Promise<void>>();

  constructor(private readonly options: PlannedMailDispatcherOptions) {}

  start(): void {
    this.running ??= this.loop();
  }

  /** Stops looking and waits for the batches being sent. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const moved = await queueDueMail(this.options.dataSource, this.options.taskQueue).catch((error: unknown) => {
        this.options.onError(error);
        return [];
      });
      if (moved.length > 0) this.send(moved);
      if (this.deliveries.size >= BATCHES_IN_FLIGHT) await Promise.race(this.deliveries);
      if (moved.length < BATCH) await this.pause();
    }
    await Promise.all(this.deliveries);
  }

  private send(dedupeKeys: string[]): void {
    const delivery: Promise<void> = this.options
      .deliver(dedupeKeys)
      .catch(this.options.onError)
      .finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopped) return resolve();
      const timer = setTimeout(resolve, this.options.everyMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** Moves up to BATCH planned rows of the task queue that fell due into the outbox; returns the keys it inserted. */
export async function queueDueMail(dataSource: DataSource, taskQueue: string): Promise<string[]> {
  const rows: Array<{ dedupe_key: string }> = await dataSource.query(
    `WITH due AS (
       DELETE FROM planned_mail WHERE dedupe_key IN (
         SELECT dedupe_key FROM planned_mail WHERE task_queue = $1 AND send_at <= now() ORDER BY send_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING *)
     INSERT INTO notifications (dedupe_key, audit_id, workflow_id, kind, recipients, data, invite, task_id, message_id)
     SELECT dedupe_key, audit_id, workflow_id, kind, recipients, data, invite, task_id, message_id FROM due ORDER BY send_at
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING dedupe_key`,
    [taskQueue, BATCH],
  );
  return rows.map((row) => row.dedupe_key);
}
