import { createServer } from 'node:net';
import type { PrometheusMetricsExporter, Runtime } from '@temporalio/worker';

/**
 * The Temporal SDK's own Prometheus exporter (workflow and activity task latencies, pollers, sticky cache, …), on a
 * free loopback port: nobody scrapes it there; the worker's /metrics reads it at each scrape, so one target has both.
 * Prometheus' conventions: counters end in `_total`, durations are seconds and say so.
 */
export async function sdkMetricsExporter(): Promise<PrometheusMetricsExporter> {
  return { prometheus: { bindAddress: `127.0.0.1:${await freeLoopbackPort()}`, countersTotalSuffix: true, unitSuffix: true, useSecondsForDurations: true } };
}

/** Where the runtime's SDK metrics answer, if it was installed with a Prometheus exporter. */
export function sdkMetricsUrl(runtime: Runtime): string | undefined {
  const exporter = runtime.options.runtimeOptions.metricsExporter;
  return exporter?.type === 'prometheus' ? `http://${exporter.socketAddr}/metrics` : undefined;
}

/** The SDK's metrics; a comment saying why when its exporter does not answer, so Auditflow's own still go out. */
export async function readSdkMetrics(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    return `# Temporal SDK metrics unavailable: ${error instanceof Error ? error.message : String(error)}\n`;
  }
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
