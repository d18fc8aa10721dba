import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditorEntity } from '@auditflow/persistence';
import { AuditorsController } from './auditors.controller';
import { AuditorsService } from './auditors.service';
import { AfterAuditRecordsService } from './after-audit-records.service';
import { AuditorCpdService } from './auditor-cpd.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditorEntity])],
  controllers: [AuditorsController],
  providers: [AuditorsService, AfterAuditRecordsService, AuditorCpdService],
  exports: [AuditorsService],
})
export class AuditorsModule {}
