import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBody, ApiForbiddenResponse, ApiHeader, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ACTING_ROLE_HEADER, AUDIT_PHASES, auditDetailAnswerSchema, AuditLaunch, auditLaunchSchema, auditStateViewSchema, auditSummarySchema, identifier, notFound, pageSchema, shortText, taskListItemSchema, TIMELINE_ORDERS, timelinePageSchema, timelineVerificationSchema, uuid } from '@auditflow/domain';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ApiQueryFrom } from '../common/openapi-query';
import { booleanFlag, pageQuery } from '../common/query-schemas';
import { ZodPipe } from '../common/zod-pipe';
import { auditActionFromRoute } from './action-routes';
import { AuditsService } from './audits.service';
import { RequireOrgRole } from '../auth/org-roles.guard';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { IDEMPOTENCY_KEY_PARAMETER, IdempotencyKey } from '../idempotency/idempotency-key';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { teamCheckViewSchema } from '../auditors/auditor.dto';

const listQuerySchema = z.object({
  phase: z.enum(AUDIT_PHASES).optional(),
  auditeeUnit: shortText.optional(),
  programmeId: uuid.optional(),
  overdue: booleanFlag.optional(),
  ...pageQuery,
});

const timelineQuerySchema = z.object({
  order: z.enum(TIMELINE_ORDERS).default('newest-first'),
  ...pageQuery,
});

const launchedSchema = z.object({ id: z.uuid(), phase: z.enum(AUDIT_PHASES), teamCheck: teamCheckViewSchema });

@ApiTags('audits')
@Controller('audits')
export class AuditsController {
  constructor(private readonly audits: AuditsService) {}

  @RequireOrgRole('programme-manager')
  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Launch an audit (ISO 19011 5.5): starts its workflow at 6.2 initiating; the programme manager of the programme only' })
  @ApiBody({ schema: openApiSchema(auditLaunchSchema) })
  @ApiHeader(IDEMPOTENCY_KEY_PARAMETER)
  @ApiCreatedResponse({ description: 'id and phase of the new audit, and the team competence check', schema: openApiSchema(launchedSchema) })
  launch(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(auditLaunchSchema)) launch: AuditLaunch, @IdempotencyKey() key?: string) {
    return this.audits.launch(principal, launch, key);
  }

  @Get()
  @ApiOperation({ summary: 'List the audits you may see, filtered by phase, auditee unit, programme or overdue work' })
  @ApiQueryFrom(listQuerySchema, { overdue: 'true: audits with an active task past its due date; false: audits with none' })
  @ApiOkResponse({ schema: openApiSchema(pageSchema(auditSummarySchema)) })
  list(@CurrentPrincipal() principal: Principal, @Query(new ZodPipe(listQuerySchema, 'query')) filters: z.output<typeof listQuerySchema>) {
    return this.audits.list(principal, filters);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One audit: phase, open tasks with due dates, findings, corrective actions (the auditee side sees what is meant for it); its timeline is GET /audits/{id}/timeline' })
  @ApiOkResponse({ description: 'the audit as recorded in the read model, and your roles in it', schema: openApiSchema(auditDetailAnswerSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  detail(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.audits.detail(principal, id);
  }

  @Get(':id/tasks/:taskId')
  @ApiOperation({ summary: 'One task of the audit or of its corrective actions (the link in every task mail)' })
  @ApiOkResponse({ schema: openApiSchema(taskListItemSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  task(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Param('taskId', new ZodPipe(identifier)) taskId: string) {
    return this.audits.task(principal, id, taskId);
  }

  @Get(':id/meetings/:meetingId/calendar')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiOperation({ summary: 'A meeting as an iCalendar file to add to a calendar: the same UID and SEQUENCE as its invitation mails' })
  @ApiOkResponse({ description: 'RFC 5545 calendar object', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  async meetingCalendar(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new CanonicalUuidPipe()) id: string,
    @Param('meetingId', new ZodPipe(identifier)) meetingId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const calendar = await this.audits.meetingCalendar(principal, id, meetingId);
    response.setHeader('content-disposition', `attachment; filename="${meetingId}.ics"`);
    return calendar;
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'A page of the audit’s timeline, newest first unless asked otherwise: every step and mail, as the reader may see them (the auditee side sees what is meant for it)' })
  @ApiQueryFrom(timelineQuerySchema, { order: 'newest-first (the default) or oldest-first' })
  @ApiOkResponse({ description: 'the lines of the page, and how many lines the reader may see in all (total)', schema: openApiSchema(timelinePageSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  timeline(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Query(new ZodPipe(timelineQuerySchema, 'query')) query: z.output<typeof timelineQuerySchema>) {
    return this.audits.timeline(principal, id, query);
  }

  @Get(':id/timeline/verify')
  @ApiOperation({
    summary:
      'Recompute the audit’s hash-chained timeline (issue 12.5) and name the first line that does not match; for those who read the whole timeline (the auditee side is shown only part of it)',
  })
  @ApiOkResponse({ description: 'verified, or the first line whose content or link does not match', schema: openApiSchema(timelineVerificationSchema) })
  @ApiForbiddenResponse({ description: 'the auditee side is not shown the whole timeline', schema: ERROR_SCHEMA })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  verifyTimeline(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.audits.verifyTimeline(principal, id);
  }

  @Get(':id/live-state')
  @ApiOperation({ summary: 'The workflow’s own state of a running audit (a Temporal query), for troubleshooting by its staff' })
  @ApiOkResponse({ description: 'everything the workflow knows, working papers and task clocks included', schema: openApiSchema(auditStateViewSchema) })
  @ApiForbiddenResponse({ description: 'the auditee side does not see the workflow state', schema: ERROR_SCHEMA })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  liveState(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.audits.liveState(principal, id);
  }

  /** Serves every human step; documented one endpoint per step by documentActionEndpoints. */
  @Post(':id/:action')
  @HttpCode(200)
  @Idempotent()
  act(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new CanonicalUuidPipe()) id: string,
    @Param('action') route: string,
    @Headers(ACTING_ROLE_HEADER) role: string | undefined,
    @Body() payload: unknown,
    @IdempotencyKey() key?: string,
  ) {
    const action = auditActionFromRoute(route);
    if (!action) throw notFound(`there is no audit action "${route}"`);
    return this.audits.act(principal, id, action, role, payload, key);
  }
}
