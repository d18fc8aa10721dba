/**
 * HTTP load with autocannon, the one client for Auditflow's endpoints and the bare NestJS endpoint alike.
 * Only 2xx answers count as served requests and only their latencies are recorded; every other answer and every
 * connection error is reported beside them (and through `log`), never folded into the rate.
 */
import autocannon from 'autocannon';

export interface HttpLoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  /**
   * Worker threads autocannon fires from (default 1): off the caller's event loop, so a server running in the same
   * process is not slowed by the client's own JavaScript, nor the client by the server. 0 runs it on the caller's thread.
   */
  workers?: number;
  log?: (line: string) => void;
}

export interface HttpLoadResult {
  /** 2xx answers per second. */
  requestsPerSecond: number;
  /** Latency of the 2xx answers. */
  p50Ms: number;
  p99Ms: number;
  /** Answers other than 2xx. */
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  /** Answers by status code, e.g. { "200": 10412, "429": 3 }. */
  statusCodes: Record<string, number>;
}

export async function measureHttp(options: HttpLoadOptions): Promise<HttpLoadResult> {
  const workers = options.workers ?? 1;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(workers > 0 ? { workers } : {}),
    excludeErrorStats: true,
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]));
  const measured: HttpLoadResult = {
    requestsPerSecond: result['2xx'] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
  const problems = measured.non2xx > 0 || measured.errors > 0 ? ` — NOT ALL 2xx: ${measured.non2xx} non-2xx, ${measured.errors} errors (${measured.timeouts} timeouts)` : '';
  options.log?.(
    `${options.url}: ${options.connections} connections for ${result.duration} s, ${measured.requestsPerSecond.toFixed(0)} req/s (2xx), ` +
      `p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms, status ${JSON.stringify(statusCodes)}${problems}`,
  );
  return measured;
}
