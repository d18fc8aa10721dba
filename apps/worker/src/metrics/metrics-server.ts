import { createServer, Server } from 'node:http';
import type { Registry } from 'prom-client';
import { readSdkMetrics } from './sdk-metrics';

export const METRICS_PATH = '/metrics';

/**
 * GET /metrics on `port`, all interfaces (a container's port is reached from outside it): Auditflow's metrics, then the
 * Temporal SDK's when `sdkMetricsUrl` is given. No token, unlike the API's: the worker's port is not public.
 */
export async function serveMetrics(port: number, registry: Registry, sdkMetricsUrl: string | undefined): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== METRICS_PATH) {
      response.writeHead(404).end();
      return;
    }
    Promise.all([registry.metrics(), sdkMetricsUrl ? readSdkMetrics(sdkMetricsUrl) : ''])
      .then(([own, sdk]) => response.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' }).end(`${own}\n${sdk}`))
      .catch((error: unknown) => response.writeHead(500, { 'Content-Type': 'text/plain' }).end(`metrics failed: ${error instanceof Error ? error.message : String(error)}\n`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
