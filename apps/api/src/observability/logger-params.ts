import { hostname } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream } from 'pino';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { AppConfig } from '@auditflow/config';
import { requestId } from './request-id';

/** The path without its query: sign-in links carry their token in the query string, which must not reach the logs. */
const withoutQuery = (url: string | undefined) => (url ?? '').split('?')[0];

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
    // A client's mistake (4xx) is routine; only the server's own failures are errors.
    customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
      error || response.statusCode >= 500 ? 'error' : 'info',
  };
  // Without a destination pino writes to standard output itself.
  return { pinoHttp: destination ? [options, destination] : options };
}
