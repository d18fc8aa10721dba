import { Module } from '@nestjs/common';
import { WorkflowsModule } from '../workflows/workflows.module';
import { FailedWritesController } from './failed-writes.controller';
import { FailedWritesService } from './failed-writes.service';
import { StuckMailController } from './stuck-mail.controller';
import { StuckMailService } from './stuck-mail.service';

/** What operators need to see and unstick: mail that cannot go out, and steps the read model refused. */
@Module({ imports: [WorkflowsModule], controllers: [StuckMailController, FailedWritesController], providers: [StuckMailService, FailedWritesService] })
export class OperationsModule {}
