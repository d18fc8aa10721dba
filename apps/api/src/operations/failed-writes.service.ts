import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '@auditflow/domain';
import { decideFailedWrite, listFailedWrites, PageRequest } from '@auditflow/persistence';
import { Principal } from '../auth/principal';
import { AuditWorkflowsService } from '../workflows/audit-workflows.service';

/** Steps the read model refused for good: an admin sees why, and sends each again (once the cause is fixed) or discards it. */
@Injectable()
export class FailedWritesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: AuditWorkflowsService,
  ) {}

  list(request: PageRequest) {
    return listFailedWrites(this.dataSource, request);
  }

  async retry(principal: Principal, id: number) {
    const write = await this.dataSource.transaction((db) => decideFailedWrite(db, id, 'retry', principal));
    if (!write) throw notFound(`no failed write ${id} waiting`);
    await this.workflows.retryReadModelWrite(id);
    return write;
  }

  async discard(principal: Principal, id: number) {
    const write = await this.dataSource.transaction((db) => decideFailedWrite(db, id, 'discard', principal));
    if (!write) throw notFound(`no failed write ${id} waiting`);
    return write;
  }
}
