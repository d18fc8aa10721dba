/** Injection tokens for infrastructure that is not a Nest class. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
export const FILE_STORE = Symbol('FILE_STORE');
/** The API's tracing (ApiTracing), or null without OTEL_EXPORTER_OTLP_ENDPOINT. */
export const API_TRACING = Symbol('API_TRACING');
