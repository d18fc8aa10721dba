import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CheckResult, runCheck, up } from './health-check';

/** PostgreSQL answers a query on the API's own pool. */
@Injectable()
export class DatabaseCheck {
  constructor(private readonly dataSource: DataSource) {}

  check(): Promise<CheckResult> {
    return runCheck(async () => {
      await this.dataSource.query('SELECT 1');
      return up();
    });
  }
}
