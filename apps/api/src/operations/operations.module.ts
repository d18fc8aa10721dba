import { Module } from '@nestjs/common';
import { WorkflowsModule } from '../workflows/workflows.module';
import { StuckMailController } from './stuck-mail.controller';
import { StuckMailService } from './stuck-mail.service';

/** What operators need to see and unstick: mail that cannot go out. */
@Module({ imports: [WorkflowsModule], controllers: [StuckMailController], providers: [StuckMailService] })
export class OperationsModule {}
