import { createHash, timingSafeEqual } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, Request, Response } from 'express';
import { HttpMetrics } from './http-metrics';

export const METRICS_PATH = '/metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether the request carries `Authorization: Bearer <token>`; compared in constant time. */
function bearerMatches(request: Request, token: string): boolean {
  const match = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '');
  return !!match && timingSafeEqual(digest(match[1]), digest(token));
}

/**
 * GET /metrics in Prometheus' text format, for a scraper holding METRICS_TOKEN; without the token configured nothing
 * is mounted (metrics are opt-in: the API's port usually faces users). Plain Express, ahead of Nest's routes: it is
 * not part of the API (no session, API token or OpenAPI entry), and the sign-in guard would take its bearer token for
 * a person's.
 */
export function mountMetrics(app: NestExpressApplication, token: string | undefined): void {
  if (!token) return;
  const metrics = new HttpMetrics();
  app.use(metrics.observe);
  const server: Express = app.getHttpAdapter().getInstance();
  server.get(METRICS_PATH, async (request: Request, response: Response) => {
    if (!bearerMatches(request, token)) {
      response.status(401).set('WWW-Authenticate', 'Bearer realm="auditflow-metrics"').json({ statusCode: 401, error: 'Unauthorized', message: 'send Authorization: Bearer <METRICS_TOKEN>' });
      return;
    }
    response.set('Content-Type', metrics.registry.contentType).set('Cache-Control', 'no-store').send(await metrics.registry.metrics());
  });
}
