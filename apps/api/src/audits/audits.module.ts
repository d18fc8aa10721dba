import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntity } from '../../../../libs/persistence/src/entities/audit.entity';
import { AuditorsModule } from '../auditors/auditors.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { WorkflowsModule } from '../workflows/workflows.module';
import { AuditsController } from './audits.controller';
import { AuditsService } from './audits.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntity]), WorkflowsModule, ProgrammesModule, AuditorsModule],
  controllers: [AuditsController],
  providers: [AuditsService],
  exports: [AuditsService],
})
export class AuditsModule {}
