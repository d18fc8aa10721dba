import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Route label of requests no API route answered (web pages, assets, unknown paths): one value, not one per URL. */
export const OTHER_ROUTE = 'other';

/** Nest mounts middleware (the request logger) as a route matching every path: matching it alone is no match. */
const CATCH_ALL = /^\/?\{?\*/;

/** The route pattern that answered, such as `/audits/:id`, or OTHER_ROUTE. */
export function routeOf(request: Request): string {
  const path = (request.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' && !CATCH_ALL.test(path) ? `${request.baseUrl}${path}` : OTHER_ROUTE;
}

/**
 * The API's Prometheus metrics: how long requests take, by method, route pattern (`/audits/:id`, never the raw URL,
 * so ids do not explode the series) and status, plus the process metrics prom-client collects (CPU, memory, event
 * loop lag, GC). A registry of its own per API, so several APIs in one process (the tests) do not collide.
 */
export class HttpMetrics {
  readonly registry = new Registry();
  private readonly duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to the end of the response, by method, route pattern and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Express middleware timing every request; the route is read when the response ends, after routing matched it. */
  readonly observe = (request: Request, response: Response, next: NextFunction): void => {
    const end = this.duration.startTimer();
    // 'close' also fires when the client goes away first (live streams end that way).
    response.once('close', () => {
      end({
        method: request.method,
        route: routeOf(request),
        status_code: String(response.statusCode),
      });
    });
    next();
  };
}
