import { context, propagation } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * Temporal's OpenTelemetry interceptors read the current span and carry it on through OpenTelemetry's global context
 * and propagation API, so those two are process-wide: the first registration stays (later ones are refused quietly).
 * They carry context only; spans are recorded by the worker's own tracer provider, never a global one.
 */
export function registerTraceContext(): void {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
}
