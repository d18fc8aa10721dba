import { Module } from '@nestjs/common';
import { AuditsModule } from '../audits/audits.module';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';

@Module({
  imports: [AuditsModule],
  controllers: [FilesController],
  providers: [FilesService],
})
export class FilesModule {}
