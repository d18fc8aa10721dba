import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ActivityInterceptorsFactory, InjectedSinks } from '@temporalio/worker';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/worker';
import type { OpenTelemetrySinks } from '@temporalio/interceptors-opentelemetry/lib/workflow';
import { AppConfig } from '@auditflow/config';
import { registerTraceContext } from './trace-context';

/** The workflow bundle always traces (see workflows/tracing-interceptors.ts); without an endpoint its spans end here. */
const DROPPED_WORKFLOW_SPANS: InjectedSinks<OpenTelemetrySinks> = { exporter: { export: { fn: () => undefined } } };

/**
 * The worker's traces, exported by OTLP/HTTP (JSON) to OTEL_EXPORTER_OTLP_ENDPOINT: a span per activity run, a child
 * of the workflow's span that scheduled it, and the workflows' own spans (runs, Updates, signals), which reach the
 * worker through the `exporter` sink. A tracer provider of its own, not a global one, so several workers in one
 * process (the tests) keep theirs apart.
 */
export class WorkerTracing {
  private readonly provider: BasicTracerProvider;
  readonly activityInterceptors: ActivityInterceptorsFactory[];
  readonly sinks: InjectedSinks<OpenTelemetrySinks>;

  private constructor(endpoint: string, serviceName: string) {
    registerTraceContext();
    const resource = new Resource({ 'service.name': serviceName });
    const spans = new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }));
    this.provider = new BasicTracerProvider({ resource, spanProcessors: [spans] });
    const tracer = this.provider.getTracer('@auditflow/worker');
    this.activityInterceptors = [
      (ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx, { tracer }), outbound: new OpenTelemetryActivityOutboundInterceptor(ctx) }),
    ];
    this.sinks = { exporter: makeWorkflowExporter(spans, resource) };
  }

  /** Tracing as configured: undefined without OTEL_EXPORTER_OTLP_ENDPOINT. */
  static fromConfig(config: Pick<AppConfig, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_SERVICE_NAME'>): WorkerTracing | undefined {
    const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
    return endpoint ? new WorkerTracing(endpoint, config.OTEL_SERVICE_NAME ?? 'auditflow-worker') : undefined;
  }

  /** Sends the spans still buffered, then stops. */
  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}

/** The sinks every worker of the workflow bundle needs, replay workers too: its spans go to `tracing`, or nowhere. */
export function workflowSpanSinks(tracing?: WorkerTracing): InjectedSinks<OpenTelemetrySinks> {
  return tracing?.sinks ?? DROPPED_WORKFLOW_SPANS;
}
