// What other packages use of the worker: running it in-process (the tests) and its Temporal set-up steps.
// `./main` is the process entry point.
export { createAuditflowWorker, type CreateWorkerOptions, type RunningWorker } from './create-worker';
export { DIGEST_SCHEDULE_ID, ensureDigestSchedule } from './ensure-digest-schedule';
export { ensureSearchAttributes } from './ensure-search-attributes';
export { FILE_SWEEP_SCHEDULE_ID, ensureFileSweepSchedule } from './ensure-file-sweep-schedule';
export { CPD_REMINDER_SCHEDULE_ID, ensureCpdReminderSchedule } from './ensure-cpd-reminder-schedule';
export { PinoTemporalLogger, workerPino } from './worker-logger';
export { installWorkerRuntime } from './worker-runtime';
export { sdkMetricsExporter } from './metrics/sdk-metrics';
export { workflowSpanSinks } from './tracing/worker-tracing';
