import { hostname } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream } from 'pino';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { AppConfig } from '@auditflow/config';
import { requestId } from './request-id';

/** The path without its query: sign-in links carry their token in the query string, which must not reach the logs. */
const withoutQuery = (url: string | undefined) => (url ?? '').split('?')[0];

/** What load balancers and orchestrators call every few seconds; a line for each answer they expect would drown the log. */
const PROBE_PATHS = new Set(['/health', '/health/live', '/health/ready']);
const isProbe = (request: IncomingMessage) => PROBE_PATHS.has(withoutQuery(request.url));

/**
 * JSON lines through pino: every line logged while handling a request carries its `requestId`, and one line per
 * request says how it ended. Requests are described by method, path and status only: headers hold cookies and
 * bearer tokens.
 */
export function loggerParams(config: AppConfig, destination?: DestinationStream): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    base: { service: 'auditflow-api', pid: process.pid, hostname: hostname() },
    genReqId: (request: IncomingMessage, response: ServerResponse) => requestId(request, response),
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, path: withoutQuery(request.url) }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    // A client's mistake (4xx) is routine; only the server's own failures are errors. A health probe is logged only
    // when it was not answered 2xx. (/metrics is served before this logger, so it is never logged.)
    customLogLevel: (request: IncomingMessage, response: ServerResponse, error?: Error) => {
      if (error || response.statusCode >= 500) return 'error';
      return isProbe(request) && response.statusCode < 300 ? 'silent' : 'info';
    },
  };
  // Without a destination pino writes to standard output itself.
  return { pinoHttp: destination ? [options, destination] : options };
}
