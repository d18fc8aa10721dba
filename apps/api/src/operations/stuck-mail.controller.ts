import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
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
import { StuckMailService } from './stuck-mail.service';

const dedupeKey = z.string().min(1).max(1000);
const listQuerySchema = z.object({ ...pageQuery });
const stuckMailSchema = z.object({
  dedupeKey: z.string(),
  auditId: z.uuid().optional(),
  auditTitle: z.string().optional(),
  kind: z.string(),
  recipients: z.object({ to: z.array(z.string()), cc: z.array(z.string()) }),
  status: z.enum(['pending', 'undeliverable', 'discarded']),
  attempts: z.number().int(),
  lastError: z.string().optional(),
  createdAt: z.string(),
  undeliverableAt: z.string().optional(),
});

@ApiTags('operations')
@RequireOrgRole('admin')
@Controller('admin/stuck-mail')
export class StuckMailController {
  constructor(private readonly stuckMail: StuckMailService) {}

  @Get()
  @ApiOperation({ summary: 'Mail that is stuck: undeliverable, or pending after several failed attempts, with the reason (admin)' })
  @ApiOkResponse({ schema: openApiSchema(pageSchema(stuckMailSchema)) })
  @ApiQueryFrom(listQuerySchema)
  list(@Query(new ZodPipe(listQuerySchema, 'query')) query: z.output<typeof listQuerySchema>) {
    return this.stuckMail.list(query);
  }

  @Post(':key/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a stuck mail again (e.g. after the address was fixed); recorded on its audit’s timeline (admin)' })
  @ApiOkResponse({ schema: openApiSchema(stuckMailSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  retry(@CurrentPrincipal() principal: Principal, @Param('key', new ZodPipe(dedupeKey)) key: string) {
    return this.stuckMail.retry(principal, key);
  }

  @Post(':key/discard')
  @HttpCode(200)
  @ApiOperation({ summary: 'Never send a stuck mail; recorded on its audit’s timeline (admin)' })
  @ApiOkResponse({ schema: openApiSchema(stuckMailSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  discard(@CurrentPrincipal() principal: Principal, @Param('key', new ZodPipe(dedupeKey)) key: string) {
    return this.stuckMail.discard(principal, key);
  }
}
