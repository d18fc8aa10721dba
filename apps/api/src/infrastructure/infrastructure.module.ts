import { Global, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fileStoreFromUrl } from '@auditflow/file-store';
import { Client, Connection } from '@temporalio/client';
import { AppConfig, temporalConnectionSettings } from '@auditflow/config';
import { dataSourceOptions } from '@auditflow/persistence';
import { ApiTracing } from '../observability/api-tracing';
import { API_TRACING, APP_CONFIG, FILE_STORE, TEMPORAL_CLIENT } from './tokens';

/**
 * Config, database, file store, Temporal client and tracing for every feature module.
 * The Temporal connection is lazy so the API starts (and /health can say why) while Temporal is down.
 */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig, databaseUrl: string) {
    return {
      module: InfrastructureModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), retryAttempts: 3, retryDelay: 1000 }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: API_TRACING, useFactory: () => ApiTracing.fromConfig(config) },
        {
          provide: TEMPORAL_CLIENT,
          useFactory: (tracing: ApiTracing | null) =>
            new Client({
              connection: Connection.lazy(temporalConnectionSettings(config)),
              namespace: config.TEMPORAL_NAMESPACE,
              interceptors: { workflow: tracing?.workflowClientInterceptors ?? [] },
            }),
          inject: [API_TRACING],
        },
        { provide: FILE_STORE, useFactory: (dataSource: DataSource) => fileStoreFromUrl(config.FILE_STORE_URL, dataSource), inject: [getDataSourceToken()] },
      ],
      exports: [APP_CONFIG, TEMPORAL_CLIENT, FILE_STORE, API_TRACING],
    };
  }
}
