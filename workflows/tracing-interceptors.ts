// Not a workflow: the OpenTelemetry interceptors every workflow runs with, registered in the workflow bundle. They
// trace runs, Updates, signals and the activities and children a workflow starts, carry the trace on to them in
// headers, and hand finished spans to the worker's `exporter` sink. Headers are not part of what replay compares, and
// the SDK's flags keep these interceptors from adding yields to histories recorded without them.
import type { WorkflowInterceptorsFactory } from '@temporalio/workflow';
import {
  OpenTelemetryInboundInterceptor,
  OpenTelemetryInternalsInterceptor,
  OpenTelemetryOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/workflow';

export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [new OpenTelemetryInboundInterceptor()],
  outbound: [new OpenTelemetryOutboundInterceptor()],
  internals: [new OpenTelemetryInternalsInterceptor()],
});
