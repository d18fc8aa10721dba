import 'reflect-metadata';
import { INestApplication, LoggerService } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppConfig } from '@auditflow/config';
import { AppModule } from './app.module';
import { SignInRedirectFilter } from './auth/sign-in-redirect.filter';
import { BodyParserErrorFilter } from './common/body-parser-error.filter';
import { RejectionFilter } from './common/rejection.filter';
import { UnavailableFilter } from './common/unavailable.filter';
import { harden } from './hardening';
import { mountOpenApi } from './openapi';
import { builtWebApp, serveWebApp } from './web-app';
import { SessionCookies } from './auth/cookies';
import { mountMetrics } from './observability/metrics-endpoint';
import type { ApiTracing } from './observability/api-tracing';
import { API_TRACING } from './infrastructure/tokens';

export interface CreateApiOptions {
  /** Resolved database URL (config.DATABASE_URL or what the local stack found). */
  databaseUrl: string;
  /** Nest's own messages go here instead of the JSON log (tests that read what the API says). */
  logger?: false | ('error' | 'warn' | 'log' | 'debug' | 'verbose')[] | LoggerService;
  /** Where the JSON log lines go; standard output without it (tests capture them). */
  logDestination?: DestinationStream;
}

/** Builds the HTTP API without listening, so tests and the launcher share one set-up. */
export async function createApi(config: AppConfig, options: CreateApiOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.databaseUrl, options.logDestination), {
    // Messages from before the JSON logger is in place are held, then written through it.
    ...(options.logger === undefined ? { bufferLogs: true } : { logger: options.logger }),
    bodyParser: false,
    // Closing ends every connection still open (the pages' live streams, idle keep-alives) instead of waiting on them.
    forceCloseConnections: true,
  });
  if (options.logger === undefined) app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  mountMetrics(app, config.METRICS_TOKEN);
  harden(app, config);
  const tracing = app.get<typeof API_TRACING, ApiTracing | null>(API_TRACING);
  if (tracing) app.use(tracing.traceRequests);
  const webApp = builtWebApp();
  if (webApp) serveWebApp(app, webApp, new SessionCookies(config));
  app.useGlobalFilters(new BodyParserErrorFilter(app.getHttpAdapter()), new RejectionFilter(), new SignInRedirectFilter(), new UnavailableFilter());
  mountOpenApi(app);
  return app;
}
