import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AUDIT_PHASES, auditLaunchSchema, AuditLaunch } from '../../../../libs/domain/src';
import { notFound } from '../../../../libs/domain/src/rejection';
import { Actor } from '../../../../libs/domain/src/roles';
import { identifier, shortText } from '../../../../libs/domain/src/schemas';
import { ApiActorHeaders, CurrentActor } from '../common/actor.decorator';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { booleanFlag, pageQuery } from '../common/query-schemas';
import { ZodPipe } from '../common/zod-pipe';
import { auditActionFromRoute } from './action-routes';
import { AuditsService } from './audits.service';

const listQuerySchema = z.object({
  phase: z.enum(AUDIT_PHASES).optional(),
  auditeeUnit: shortText.optional(),
  programmeId: z.uuid().optional(),
  overdue: booleanFlag.optional(),
  ...pageQuery,
});

@ApiTags('audits')
@Controller('audits')
export class AuditsController {
  constructor(private readonly audits: AuditsService) {}

  @Post()
  @ApiActorHeaders()
  @ApiOperation({ summary: 'Launch an audit (ISO 19011 5.5): starts its workflow at 6.2 initiating' })
  @ApiBody({ schema: openApiSchema(auditLaunchSchema) })
  @ApiCreatedResponse({ description: 'id and phase of the new audit, and the team competence check' })
  launch(@CurrentActor() actor: Actor, @Body(new ZodPipe(auditLaunchSchema)) launch: AuditLaunch) {
    return this.audits.launch(actor, launch);
  }

  @Get()
  @ApiOperation({ summary: 'List audits, filtered by phase, auditee unit, programme or overdue work' })
  @ApiQuery({ name: 'phase', required: false, enum: AUDIT_PHASES })
  @ApiQuery({ name: 'auditeeUnit', required: false })
  @ApiQuery({ name: 'programmeId', required: false })
  @ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'offset', required: false })
  list(@Query(new ZodPipe(listQuerySchema, 'query')) filters: z.output<typeof listQuerySchema>) {
    return this.audits.list(filters);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One audit: phase, open tasks with due dates, findings, corrective actions, timeline' })
  @ApiOkResponse({ description: 'the audit as recorded in the read model' })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  detail(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.audits.detail(id);
  }

  @Get(':id/tasks/:taskId')
  @ApiOperation({ summary: 'One task of the audit or of its corrective actions (the link in every task mail)' })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  task(@Param('id', new ParseUUIDPipe()) id: string, @Param('taskId', new ZodPipe(identifier)) taskId: string) {
    return this.audits.task(id, taskId);
  }

  @Get(':id/live-state')
  @ApiOperation({ summary: 'The workflow’s own state of a running audit (a Temporal query), for troubleshooting' })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  liveState(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.audits.liveState(id);
  }

  /** Serves every human step; documented one endpoint per step by documentActionEndpoints. */
  @Post(':id/:action')
  @HttpCode(200)
  act(@Param('id', new ParseUUIDPipe()) id: string, @Param('action') route: string, @CurrentActor() actor: Actor, @Body() payload: unknown) {
    const action = auditActionFromRoute(route);
    if (!action) throw notFound(`there is no audit action "${route}"`);
    return this.audits.act(id, action, actor, payload);
  }

}
