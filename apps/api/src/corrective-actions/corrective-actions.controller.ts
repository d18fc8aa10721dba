import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ACTING_ROLE_HEADER, CORRECTIVE_ACTION_STATES, correctiveActionPageSchema, identifier, NONCONFORMITY_GRADES, notFound, shortText, uuid } from '@auditflow/domain';
import { followUpActionFromRoute } from '../audits/action-routes';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { booleanFlag, commaList, pageQuery } from '../common/query-schemas';
import { ApiQueryFrom } from '../common/openapi-query';
import { openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-pipe';
import { CorrectiveActionsService } from './corrective-actions.service';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { IdempotencyKey } from '../idempotency/idempotency-key';
import { Idempotent } from '../idempotency/idempotent.decorator';

const listQuerySchema = z.object({
  status: commaList(CORRECTIVE_ACTION_STATES).optional(),
  programmeId: uuid.optional(),
  auditeeUnit: shortText.optional(),
  grade: commaList(NONCONFORMITY_GRADES).optional(),
  overdue: booleanFlag.optional(),
  ...pageQuery,
});

@ApiTags('corrective actions')
@Controller()
export class CorrectiveActionsController {
  constructor(private readonly correctiveActions: CorrectiveActionsService) {}

  @Get('corrective-actions')
  @ApiOperation({ summary: 'Follow-ups across the audits you may see (6.7), for compliance leads, the most pressing first, with the ageing of all that match' })
  @ApiQueryFrom(listQuerySchema, {
    status: `comma-separated: ${CORRECTIVE_ACTION_STATES.join(', ')}`,
    grade: `comma-separated: ${NONCONFORMITY_GRADES.join(', ')}`,
    overdue: 'true: not closed and past the due date of its current step; false: everything else',
  })
  @ApiOkResponse({ schema: openApiSchema(correctiveActionPageSchema) })
  list(@CurrentPrincipal() principal: Principal, @Query(new ZodPipe(listQuerySchema, 'query')) filters: z.output<typeof listQuerySchema>) {
    return this.correctiveActions.list(principal, filters);
  }

  /** Serves every follow-up step; documented one endpoint per step by documentActionEndpoints. */
  @Post('audits/:id/findings/:findingId/follow-up/:action')
  @HttpCode(200)
  @Idempotent()
  act(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new CanonicalUuidPipe()) id: string,
    @Param('findingId', new ZodPipe(identifier)) findingId: string,
    @Param('action') route: string,
    @Headers(ACTING_ROLE_HEADER) role: string | undefined,
    @Body() payload: unknown,
    @IdempotencyKey() key?: string,
  ) {
    const action = followUpActionFromRoute(route);
    if (!action) throw notFound(`there is no follow-up action "${route}"`);
    return this.correctiveActions.act(principal, id, findingId, action, role, payload, key);
  }
}
