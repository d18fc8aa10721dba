import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '../../../libs/config/src';
import { AppModule } from './app.module';
import { RejectionFilter } from './common/rejection.filter';
import { mountOpenApi } from './openapi';

export interface CreateApiOptions {
  /** Resolved database URL (config.DATABASE_URL or what the local stack found). */
  databaseUrl: string;
  logger?: false | ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}

/** Builds the HTTP API without listening, so tests and the launcher share one set-up. */
export async function createApi(config: AppConfig, options: CreateApiOptions): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config, options.databaseUrl), {
    logger: options.logger ?? ['error', 'warn', 'log'],
  });
  app.enableShutdownHooks();
  app.useGlobalFilters(new RejectionFilter());
  mountOpenApi(app);
  return app;
}
