import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../../../libs/config/src';
import { HealthModule } from './health/health.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [InfrastructureModule.forRoot(config, databaseUrl), HealthModule],
    };
  }
}
