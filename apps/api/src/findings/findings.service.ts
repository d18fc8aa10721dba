import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FindingListFilters, listFindings } from '@auditflow/persistence';
import { Principal, viewerOf } from '../auth/principal';

/** Findings across the audits the person may see, for programme monitoring (5.6). */
@Injectable()
export class FindingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(principal: Principal, filters: FindingListFilters) {
    return listFindings(this.dataSource, viewerOf(principal), filters);
  }
}
