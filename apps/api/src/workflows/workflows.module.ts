import { Module } from '@nestjs/common';
import { AuditWorkflowsService } from './audit-workflows.service';
import { ProgrammeWorkflowsService } from './programme-workflows.service';

@Module({ providers: [AuditWorkflowsService, ProgrammeWorkflowsService], exports: [AuditWorkflowsService, ProgrammeWorkflowsService] })
export class WorkflowsModule {}
