export interface HealthWaitOptions {
  timeoutMs: number;
  /** Returns a reason to give up early (a process died, the user pressed Ctrl-C). */
  failure?: () => string | undefined;
}

interface HealthBody {
  status?: string;
  checks?: Record<string, { status: string; reason?: string }>;
}

/** Polls `url` until it answers 200; on timeout the error names the checks that are down. */
export async function waitForHealth(url: string, options: HealthWaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last: string;
  for (;;) {
    const failure = options.failure?.();
    if (failure) throw new Error(failure);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${describeDown((await response.json().catch(() => ({}))) as HealthBody)}`;
    } catch (error) {
      last = `not answering (${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : error})`;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not report healthy within ${options.timeoutMs / 1000} s; last: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export function describeDown(body: HealthBody): string {
  const down = Object.entries(body.checks ?? {}).filter(([, check]) => check.status !== 'up');
  if (!down.length) return `status ${body.status ?? 'unknown'}`;
  return down.map(([name, check]) => `${name} is down${check.reason ? ` (${check.reason})` : ''}`).join('; ');
}
