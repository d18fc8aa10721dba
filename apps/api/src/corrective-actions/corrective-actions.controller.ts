import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CORRECTIVE_ACTION_STATES } from '../../../../libs/domain/src/corrective-action/state';
import { notFound } from '../../../../libs/domain/src/rejection';
import { Actor } from '../../../../libs/domain/src/roles';
import { identifier, shortText } from '../../../../libs/domain/src/schemas';
import { listCorrectiveActions } from '../../../../libs/persistence/src/read-model';
import { followUpActionFromRoute } from '../audits/action-routes';
import { CurrentActor } from '../common/actor.decorator';
import { booleanFlag, commaList, pageQuery } from '../common/query-schemas';
import { ZodPipe } from '../common/zod-pipe';
import { CorrectiveActionsService } from './corrective-actions.service';

const listQuerySchema = z.object({
  status: commaList(CORRECTIVE_ACTION_STATES).optional(),
  programmeId: z.uuid().optional(),
  auditeeUnit: shortText.optional(),
  overdue: booleanFlag.optional(),
  ...pageQuery,
});

@ApiTags('corrective actions')
@Controller()
export class CorrectiveActionsController {
  constructor(
    private readonly correctiveActions: CorrectiveActionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('corrective-actions')
  @ApiOperation({ summary: 'Follow-ups across audits (6.7) for compliance leads, the most pressing first' })
  @ApiQuery({ name: 'status', required: false, description: `comma-separated: ${CORRECTIVE_ACTION_STATES.join(', ')}` })
  @ApiQuery({ name: 'programmeId', required: false })
  @ApiQuery({ name: 'auditeeUnit', required: false })
  @ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'offset', required: false })
  list(@Query(new ZodPipe(listQuerySchema, 'query')) filters: z.output<typeof listQuerySchema>) {
    return listCorrectiveActions(this.dataSource, filters);
  }

  /** Serves every follow-up step; documented one endpoint per step by documentActionEndpoints. */
  @Post('audits/:id/findings/:findingId/follow-up/:action')
  @HttpCode(200)
  act(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('findingId', new ZodPipe(identifier)) findingId: string,
    @Param('action') route: string,
    @CurrentActor() actor: Actor,
    @Body() payload: unknown,
  ) {
    const action = followUpActionFromRoute(route);
    if (!action) throw notFound(`there is no follow-up action "${route}"`);
    return this.correctiveActions.act(id, findingId, action, actor, payload);
  }
}
