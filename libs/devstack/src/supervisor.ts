import { describeExit, ProcessExit } from './managed-process';

/** A running instance of a supervised service: how it ends, and how to stop it. */
export interface Instance {
  exited: Promise<ProcessExit>;
  stop(): Promise<unknown>;
}

export interface SupervisorOptions {
  log: (line: string) => void;
  /** Called once when a service crashed too often to go on; the stack then stops everything. */
  giveUp: (reason: string) => void;
  /** More than `maxRestarts` crashes within `windowMs` is too often. */
  maxRestarts?: number;
  windowMs?: number;
  /** First wait before a restart; doubles with each crash in the window, up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

/** One supervised service: `stop()` ends it for good (no restart), whichever instance is running then. */
export interface Supervised {
  stop(): Promise<void>;
}

/**
 * Keeps the local stack's processes alive: a worker, API or Temporal dev server that dies is started again after a
 * backoff, and each restart is logged. A service that keeps crashing (more than maxRestarts in windowMs) makes the
 * supervisor give up, with the reason, instead of restarting it for ever.
 */
export class Supervisor {
  private readonly maxRestarts: number;
  private readonly windowMs: number;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private stopping = false;

  constructor(private readonly options: SupervisorOptions) {
    this.maxRestarts = options.maxRestarts ?? 5;
    this.windowMs = options.windowMs ?? 60_000;
    this.initialBackoffMs = options.initialBackoffMs ?? 1_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
  }

  /** No more restarts: the stack is going down. */
  shutdown(): void {
    this.stopping = true;
  }

  /** Watches `first` (already started) and restarts it with `start` whenever it dies while the stack runs. */
  supervise(name: string, first: Instance, start: () => Promise<Instance>): Supervised {
    let current = first;
    let stopped = false;
    const crashes: number[] = [];
    const watch = (instance: Instance): void => {
      void instance.exited.then(async (exit) => {
        if (stopped || this.stopping || instance !== current) return;
        const now = Date.now();
        crashes.push(now);
        while (crashes.length && crashes[0]! < now - this.windowMs) crashes.shift();
        if (crashes.length > this.maxRestarts) {
          this.options.giveUp(`${name} ${describeExit(exit)}: ${crashes.length} crashes within ${this.windowMs / 1000} s; stopping everything`);
          return;
        }
        const backoff = Math.min(this.initialBackoffMs * 2 ** (crashes.length - 1), this.maxBackoffMs);
        this.options.log(`${name} ${describeExit(exit)}; restarting it in ${(backoff / 1000).toFixed(1)} s (crash ${crashes.length} within ${this.windowMs / 1000} s)`);
        await new Promise((resolve) => setTimeout(resolve, backoff));
        if (stopped || this.stopping) return;
        try {
          current = await start();
          this.options.log(`${name} restarted`);
          watch(current);
        } catch (error) {
          this.options.giveUp(`${name} could not be restarted: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    };
    watch(first);
    return {
      async stop() {
        stopped = true;
        await current.stop();
      },
    };
  }
}
