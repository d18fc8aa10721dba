import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { checkCpdRecord, CpdRecord, cpdRecordSchema, CpdStanding, forbidden, managesProgrammes, notFound } from '@auditflow/domain';
import { AuditorEntity } from '@auditflow/persistence';
import { Principal } from '../auth/principal';
import { parseRequest } from '../common/zod-pipe';
import { changeLockedAuditor } from './auditor-append';
import { recordAuditorCpd } from './auditor-history';
import { AuditorsService } from './auditors.service';

/** Continual professional development (ISO 19011 7.6): hours recorded by the auditor themself or a programme manager. */
@Injectable()
export class AuditorCpdService {
  constructor(
    @InjectRepository(AuditorEntity) private readonly auditors: Repository<AuditorEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pool: AuditorsService,
  ) {}

  async record(principal: Principal, id: string, body: unknown): Promise<{ recorded: CpdRecord; standing: CpdStanding }> {
    const auditor = await this.auditors.findOneBy({ id });
    if (!auditor) throw notFound(`auditor ${id} does not exist`);
    if (!managesProgrammes(principal.roles) && principal.email !== auditor.email) throw forbidden('only the auditor themself, programme managers and admins record CPD');
    const input = parseRequest(cpdRecordSchema, body);
    const now = new Date();
    checkCpdRecord(input, now);
    const recorded: CpdRecord = { ...input, recordedBy: principal.email, recordedAt: now.toISOString() };
    const saved = await changeLockedAuditor(
      this.dataSource,
      id,
      (locked) => {
        locked.cpdRecords = [...locked.cpdRecords, recorded];
      },
      (db, changed) => recordAuditorCpd(db, principal, changed, recorded),
    );
    return { recorded, standing: this.pool.cpdStandingOf(saved, now) };
  }
}
