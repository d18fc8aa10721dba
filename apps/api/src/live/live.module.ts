import { Module } from '@nestjs/common';
import { AuditsModule } from '../audits/audits.module';
import { LiveController } from './live.controller';
import { LiveService } from './live.service';

/** Pushes "this audit changed" to open pages (Server-Sent Events fed by PostgreSQL LISTEN/NOTIFY). */
@Module({
  imports: [AuditsModule],
  controllers: [LiveController],
  providers: [LiveService],
})
export class LiveModule {}
