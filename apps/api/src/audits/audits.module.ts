import { Module } from '@nestjs/common';
import { AuditorsModule } from '../auditors/auditors.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { WorkflowsModule } from '../workflows/workflows.module';
import { AuditsController } from './audits.controller';
import { AuditsService } from './audits.service';
import { FileAttachmentsService } from '../files/file-attachments.service';
import { ReportDocumentsController } from './report-documents.controller';
import { ReportDocumentsService } from './report-documents.service';

@Module({
  imports: [WorkflowsModule, ProgrammesModule, AuditorsModule],
  controllers: [AuditsController, ReportDocumentsController],
  providers: [AuditsService, ReportDocumentsService, FileAttachmentsService],
  exports: [AuditsService, ReportDocumentsService],
})
export class AuditsModule {}
