import 'reflect-metadata';
import { INestApplication, LoggerService } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
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

export interface CreateApiOptions {
  /** Resolved database URL (config.DATABASE_URL or what the local stack found). */
  databaseUrl: string;
  logger?: false | ('error' | 'warn' | 'log' | 'debug' | 'verbose')[] | LoggerService;
}

/** Builds the HTTP API without listening, so tests and the launcher share one set-up. */
export async function createApi(config: AppConfig, options: CreateApiOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.databaseUrl), {
    logger: options.logger ?? levelsUpTo(config.LOG_LEVEL),
    bodyParser: false,
    // Closing ends every connection still open (the pages' live streams, idle keep-alives) instead of waiting on them.
    forceCloseConnections: true,
  });
  app.enableShutdownHooks();
  harden(app, config);
  const webApp = builtWebApp();
  if (webApp) serveWebApp(app, webApp, new SessionCookies(config));
  app.useGlobalFilters(new BodyParserErrorFilter(app.getHttpAdapter()), new RejectionFilter(), new SignInRedirectFilter(), new UnavailableFilter());
  mountOpenApi(app);
  return app;
}

const LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** LOG_LEVEL names the most detailed level shown: `log` shows errors, warnings and log lines. */
function levelsUpTo(level: AppConfig['LOG_LEVEL']): (typeof LEVELS)[number][] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}
