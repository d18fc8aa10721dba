import { Module } from '@nestjs/common';
import { AuditWorkflowsService } from './audit-workflows.service';

@Module({ providers: [AuditWorkflowsService], exports: [AuditWorkflowsService] })
export class WorkflowsModule {}
