import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { pageSchema } from '@auditflow/domain';
import { CurrentPrincipal } from '../auth/decorators';
import { RequireOrgRole } from '../auth/org-roles.guard';
import { Principal } from '../auth/principal';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ApiQueryFrom } from '../common/openapi-query';
import { pageQuery } from '../common/query-schemas';
import { ZodPipe } from '../common/zod-pipe';
import { FailedWritesService } from './failed-writes.service';

const listQuerySchema = z.object({ ...pageQuery });
const failedWriteSchema = z.object({
  id: z.number().int(),
  workflowId: z.string(),
  auditId: z.uuid(),
  auditTitle: z.string().optional(),
  firstSeq: z.number().int(),
  reason: z.string(),
  status: z.enum(['failed', 'retrying', 'recorded', 'discarded']),
  failedAt: z.string(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
});

@ApiTags('operations')
@RequireOrgRole('admin')
@Controller('admin/failed-writes')
export class FailedWritesController {
  constructor(private readonly failedWrites: FailedWritesService) {}

  @Get()
  @ApiOperation({ summary: 'Steps the read model refused for good, with the reason, waiting for a decision (admin)' })
  @ApiOkResponse({ schema: openApiSchema(pageSchema(failedWriteSchema)) })
  @ApiQueryFrom(listQuerySchema)
  list(@Query(new ZodPipe(listQuerySchema, 'query')) query: z.output<typeof listQuerySchema>) {
    return this.failedWrites.list(query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a refused step to the read model again, once its cause is fixed; recorded on the timeline (admin)' })
  @ApiOkResponse({ schema: openApiSchema(failedWriteSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  retry(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.failedWrites.retry(principal, id);
  }

  @Post(':id/discard')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give a refused step up: the read model will not show it; recorded on the timeline (admin)' })
  @ApiOkResponse({ schema: openApiSchema(failedWriteSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  discard(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.failedWrites.discard(principal, id);
  }
}
