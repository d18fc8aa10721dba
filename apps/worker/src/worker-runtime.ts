import type { Logger as Pino } from 'pino';
import { makeTelemetryFilterString, PrometheusMetricsExporter, Runtime } from '@temporalio/worker';
import { PinoTemporalLogger } from './worker-logger';

/**
 * Sends everything the Temporal SDK logs (its own lines, workflows' and activities' `log`, and the Rust core's
 * warnings) through pino; with `sdkMetrics`, the SDK also serves its own metrics there (the worker's /metrics
 * re-serves them). Once per process, before any connection or worker is created.
 */
export function installWorkerRuntime(log: Pino, options: { sdkMetrics?: PrometheusMetricsExporter } = {}): void {
  Runtime.install({
    logger: new PinoTemporalLogger(log),
    telemetryOptions: {
      logging: { forward: {}, filter: makeTelemetryFilterString({ core: 'WARN' }) },
      ...(options.sdkMetrics ? { metrics: options.sdkMetrics } : {}),
    },
  });
}
