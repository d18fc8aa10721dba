import { Module } from '@nestjs/common';
import { AuditsModule } from '../audits/audits.module';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

@Module({
  imports: [AuditsModule],
  controllers: [ExportController],
  providers: [ExportService],
})
export class ExportsModule {}
