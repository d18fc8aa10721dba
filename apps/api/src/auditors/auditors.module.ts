import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditorEntity } from '@auditflow/persistence';
import { AuditorsController } from './auditors.controller';
import { AuditorsService } from './auditors.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditorEntity])],
  controllers: [AuditorsController],
  providers: [AuditorsService],
  exports: [AuditorsService],
})
export class AuditorsModule {}
