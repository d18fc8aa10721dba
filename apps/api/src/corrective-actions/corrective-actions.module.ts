import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CorrectiveActionEntity } from '@auditflow/persistence';
import { AuditsModule } from '../audits/audits.module';
import { WorkflowsModule } from '../workflows/workflows.module';
import { CorrectiveActionsController } from './corrective-actions.controller';
import { CorrectiveActionsService } from './corrective-actions.service';

@Module({
  imports: [TypeOrmModule.forFeature([CorrectiveActionEntity]), WorkflowsModule, AuditsModule],
  controllers: [CorrectiveActionsController],
  providers: [CorrectiveActionsService],
})
export class CorrectiveActionsModule {}
