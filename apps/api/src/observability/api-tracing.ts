import type { OnApplicationShutdown } from '@nestjs/common';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '@auditflow/config';
import { routeOf } from './http-metrics';
import { registerTraceContext } from './trace-context';

/**
 * The API's traces, exported by OTLP/HTTP (JSON) to OTEL_EXPORTER_OTLP_ENDPOINT: a server span per request (joining
 * the caller's trace when it sends `traceparent`), and under it a span per call to Temporal (starting a workflow,
 * sending an Update or a signal), whose context travels to the workflow in the call's headers. A tracer provider of
 * its own, not a global one, so several APIs in one process (the tests) keep theirs apart.
 */
export class ApiTracing implements OnApplicationShutdown {
  private readonly provider: BasicTracerProvider;
  private readonly tracer: Tracer;
  readonly workflowClientInterceptors: WorkflowClientInterceptor[];

  private constructor(endpoint: string, serviceName: string) {
    registerTraceContext();
    const spans = new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }));
    this.provider = new BasicTracerProvider({ resource: new Resource({ 'service.name': serviceName }), spanProcessors: [spans] });
    this.tracer = this.provider.getTracer('@auditflow/api');
    this.workflowClientInterceptors = [new OpenTelemetryWorkflowClientInterceptor({ tracer: this.tracer })];
  }

  /** Tracing as configured: null without OTEL_EXPORTER_OTLP_ENDPOINT. */
  static fromConfig(config: Pick<AppConfig, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_SERVICE_NAME'>): ApiTracing | null {
    const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
    return endpoint ? new ApiTracing(endpoint, config.OTEL_SERVICE_NAME ?? 'auditflow-api') : null;
  }

  /**
   * Express middleware: the request's span is current while the request is handled. Mounted after the body parsers,
   * whose stream events would otherwise lose it. Named by route pattern once routing matched, like the metrics.
   */
  readonly traceRequests = (request: Request, response: Response, next: NextFunction): void => {
    const caller = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = this.tracer.startSpan(
      request.method,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'url.path': request.path } },
      caller,
    );
    response.once('close', () => {
      const route = routeOf(request);
      span.updateName(`${request.method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': response.statusCode });
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(caller, span), next);
  };

  /** Sends the spans still buffered when the API closes. */
  onApplicationShutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}
