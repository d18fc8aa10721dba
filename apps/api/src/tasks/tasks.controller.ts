import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { email, overdueDigestSchema, pageSchema, TASK_STATES, taskListItemSchema, uuid } from '@auditflow/domain';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { TasksService } from './tasks.service';
import { booleanFlag, commaList, pageQuery } from '../common/query-schemas';
import { openApiSchema } from '../common/openapi-schema';
import { ApiQueryFrom } from '../common/openapi-query';
import { ZodPipe } from '../common/zod-pipe';

const taskQuerySchema = z.object({
  assignee: email.optional(),
  auditId: uuid.optional(),
  programmeId: uuid.optional(),
  state: commaList(TASK_STATES).optional(),
  overdue: booleanFlag.optional(),
  ...pageQuery,
});

/** Inboxes and overdue lists: every wait on a person, across audits and follow-ups. */
@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOperation({ summary: "A person's inbox (assignee=…), or tasks filtered by audit, programme, state or overdue, soonest due first" })
  @ApiQueryFrom(taskQuerySchema, { state: `comma-separated: ${TASK_STATES.join(', ')}`, overdue: 'true: active and past due now; false: everything else' })
  @ApiOkResponse({ schema: openApiSchema(pageSchema(taskListItemSchema)) })
  list(@CurrentPrincipal() principal: Principal, @Query(new ZodPipe(taskQuerySchema, 'query')) filters: z.output<typeof taskQuerySchema>) {
    return this.tasks.list(principal, filters);
  }

  @Get('overdue')
  @ApiOperation({ summary: 'Overdue tasks across audits, grouped by compliance lead (what the daily digest sends)' })
  @ApiOkResponse({ description: 'one entry per compliance lead with their overdue items', schema: openApiSchema(z.array(overdueDigestSchema)) })
  overdue(@CurrentPrincipal() principal: Principal) {
    return this.tasks.overdueByComplianceLead(principal);
  }
}
