import { Module } from '@nestjs/common';
import { AuditsModule } from '../audits/audits.module';
import { RetentionController } from './retention.controller';
import { RetentionService } from './retention.service';

@Module({
  imports: [AuditsModule],
  controllers: [RetentionController],
  providers: [RetentionService],
})
export class RetentionModule {}
