import { hostname } from 'node:os';
import pino, { DestinationStream, Logger as Pino } from 'pino';
import { Logger, LogLevel, LogMetadata } from '@temporalio/worker';
import { AppConfig } from '@auditflow/config';

const PINO_METHOD = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const satisfies Record<LogLevel, string>;

/** The worker's JSON log: one line per message, at LOG_LEVEL and above. */
export function workerPino(config: Pick<AppConfig, 'LOG_LEVEL'>, destination?: DestinationStream): Pino {
  const options = {
    level: config.LOG_LEVEL,
    base: { service: 'auditflow-worker', pid: process.pid, hostname: hostname() },
    // The task token lets anyone holding it complete the activity: it has no place in a log.
    redact: { paths: ['taskToken'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Temporal's logger interface over pino. The SDK adds the context to each message: on activity lines the workflow
 * id, run id, activity type and attempt (from the activity's Context), on workflow lines the workflow's id and run.
 * Activity lines name the run `workflowRunId`; it is written `runId`, as on workflow lines, so one field finds a run.
 */
export class PinoTemporalLogger implements Logger {
  constructor(private readonly pino: Pino) {}

  log(level: LogLevel, message: string, meta: LogMetadata = {}): void {
    const { error, workflowRunId, ...fields } = meta as Record<string, unknown>;
    if (workflowRunId !== undefined) fields.runId = workflowRunId;
    if (error !== undefined) fields.err = error;
    this.pino[PINO_METHOD[level]](fields, message);
  }

  trace(message: string, meta?: LogMetadata): void {
    this.log('TRACE', message, meta);
  }

  debug(message: string, meta?: LogMetadata): void {
    this.log('DEBUG', message, meta);
  }

  info(message: string, meta?: LogMetadata): void {
    this.log('INFO', message, meta);
  }

  warn(message: string, meta?: LogMetadata): void {
    this.log('WARN', message, meta);
  }

  error(message: string, meta?: LogMetadata): void {
    this.log('ERROR', message, meta);
  }
}
