import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '@auditflow/domain';
import { decideStuckMail, listStuckMail, PageRequest } from '@auditflow/persistence';
import { Principal } from '../auth/principal';
import { AuditWorkflowsService } from '../workflows/audit-workflows.service';

/** What an admin does with mail that is stuck: see it with its reason, send it again, or discard it. */
@Injectable()
export class StuckMailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: AuditWorkflowsService,
  ) {}

  list(request: PageRequest) {
    return listStuckMail(this.dataSource, request);
  }

  async retry(principal: Principal, dedupeKey: string) {
    const mail = await this.dataSource.transaction((db) => decideStuckMail(db, dedupeKey, 'retry', principal));
    if (!mail) throw notFound(`no stuck mail ${dedupeKey}`);
    await this.workflows.redeliverMail(dedupeKey);
    return mail;
  }

  async discard(principal: Principal, dedupeKey: string) {
    const mail = await this.dataSource.transaction((db) => decideStuckMail(db, dedupeKey, 'discard', principal));
    if (!mail) throw notFound(`no stuck mail ${dedupeKey}`);
    return mail;
  }
}
