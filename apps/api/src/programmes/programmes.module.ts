import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeEntity } from '@auditflow/persistence';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';
import { WorkflowsModule } from '../workflows/workflows.module';

@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeEntity]), WorkflowsModule],
  controllers: [ProgrammesController],
  providers: [ProgrammesService],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
