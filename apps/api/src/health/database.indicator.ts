import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { indicatorResult, runCheck, up } from './health-check';

/**
 * PostgreSQL answers a query on the API's own pool. Not terminus' TypeOrmHealthIndicator: that one drops the
 * driver's error (a bare `down`), and the reason (ECONNREFUSED, a bad password) is what an operator needs.
 */
@Injectable()
export class DatabaseIndicator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(): Promise<HealthIndicatorResult<'database'>> {
    const result = await runCheck(async () => {
      await this.dataSource.query('SELECT 1');
      return up();
    });
    return indicatorResult(this.indicators, 'database', result);
  }
}
