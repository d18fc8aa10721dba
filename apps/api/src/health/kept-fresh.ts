/**
 * The latest answer of `probe`, refreshed in the background so a reader never waits for one: `start()` runs the
 * first probe, and each next one starts `intervalMs` after the previous one started (at once if that took longer),
 * never two at once; `intervalMs` may depend on the latest answer (undefined before any). A reader before the first
 * answer waits for it. A failed probe keeps the previous answer (a reader with none gets the failure) and the next one
 * tries again. The timer is unref'd, and `stop()` clears it and waits for the probe under way, so neither keeps a
 * process (or Jest) alive.
 */
export class KeptFresh<T> {
  private answer: Promise<T> | undefined;
  private answered = false;
  private value: T | undefined;
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly probe: () => Promise<T>,
    private readonly intervalMs: number | ((latest: T | undefined) => number),
  ) {}

  /** Starts the refreshing, unless it runs or was stopped. */
  start(): void {
    if (this.stopped || this.running || this.timer) return;
    this.refresh();
  }

  /** The latest answer; before the first one, the first probe's (started now if nobody started it). */
  latest(): Promise<T> {
    if (!this.answer) this.start();
    return this.answer ?? Promise.reject(new Error('stopped before any probe ran'));
  }

  /** No further probe; resolves once the one under way (if any) has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private refresh(): void {
    this.timer = undefined;
    const startedAt = Date.now();
    const attempt = Promise.resolve().then(() => this.probe());
    // Until a probe has answered, readers wait for the newest one.
    if (!this.answered) this.answer = attempt;
    this.running = attempt.then(
      (value) => {
        this.answer = attempt;
        this.answered = true;
        this.value = value;
      },
      () => undefined,
    );
    void this.running.then(() => {
      this.running = undefined;
      if (this.stopped) return;
      const intervalMs = typeof this.intervalMs === 'number' ? this.intervalMs : this.intervalMs(this.value);
      this.timer = setTimeout(() => this.refresh(), Math.max(0, startedAt + intervalMs - Date.now()));
      this.timer.unref();
    });
  }
}
