import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { auditedByLaunch, auditorEvaluationSchema, auditorSchema, auditorTimelineSchema, email, ISMS_COMPETENCE_AREAS, ownWorkSchema, scopeSchema, shortText, TEAM_ROLES, timestamp } from '@auditflow/domain';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-pipe';
import { ApiQueryFrom } from '../common/openapi-query';
import { pageQuery } from '../common/query-schemas';
import { AuditorsService } from './auditors.service';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { RequireOrgRole } from '../auth/org-roles.guard';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { auditorDetailView, auditorDetailViewSchema, auditorView, auditorViewSchema, teamCheckViewSchema, teamProposalViewSchema } from './auditor.dto';

const teamCheckSchema = z.object({
  auditeeUnit: shortText,
  members: z.array(z.object({ email, leader: z.boolean().default(false), role: z.enum(TEAM_ROLES).optional(), unit: shortText.optional(), ownWork: z.array(ownWorkSchema).default([]) })).min(1),
  scope: z.object({ units: z.array(shortText).default([]), processes: z.array(shortText).default([]), sites: z.array(shortText).default([]) }).optional(),
  plannedStart: timestamp.optional().describe('when the audit starts: own work within the cooling-off before it is a conflict (default now)'),
});

/** What the audit covers and when, as its launch gives it (other launch fields are ignored), and how big a team. */
const teamProposalSchema = z
  .object({
    auditee: z.object({ unit: shortText }),
    scope: scopeSchema,
    plannedStart: timestamp,
    plannedEnd: timestamp,
    teamSize: z.int().min(1).max(50).optional().describe('at most this many people, the leader included'),
    requiredAreas: z.array(z.enum(ISMS_COMPETENCE_AREAS)).min(1).optional().describe('the competence areas the team must cover (default all ISMS areas)'),
  })
  .refine((value) => Date.parse(value.plannedEnd) >= Date.parse(value.plannedStart), { path: ['plannedEnd'], message: 'must not be before plannedStart' });

const timelineQuerySchema = z.object({ ...pageQuery });

@ApiTags('auditors')
@Controller('auditors')
export class AuditorsController {
  constructor(private readonly auditors: AuditorsService) {}

  @RequireOrgRole('programme-manager', 'admin')
  @Post()
  @ApiOperation({ summary: 'Add an auditor profile to the pool (ISO 19011 clause 7)' })
  @ApiBody({ schema: openApiSchema(auditorSchema) })
  @ApiCreatedResponse({ description: 'the auditor profile', schema: openApiSchema(auditorViewSchema) })
  @ApiConflictResponse({ schema: ERROR_SCHEMA })
  create(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(auditorSchema)) input: z.output<typeof auditorSchema>) {
    return this.auditors.create(principal, input).then(auditorView);
  }

  @Get()
  @ApiOperation({ summary: 'The auditor pool (an auditor who does not manage programmes: their own profile)' })
  @ApiOkResponse({ schema: openApiSchema(z.array(auditorViewSchema)) })
  async list(@CurrentPrincipal() principal: Principal) {
    return (await this.auditors.list(principal)).map(auditorView);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One auditor with competences, evaluations and the audits they are on (those you may see)' })
  @ApiOkResponse({ schema: openApiSchema(auditorDetailViewSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    const { auditor, audits } = await this.auditors.detail(principal, id);
    return auditorDetailView(auditor, audits);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: "The auditor's history in the pool, oldest first: who added them and recorded each evaluation, when, and what each change set" })
  @ApiOkResponse({ schema: openApiSchema(auditorTimelineSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  @ApiQueryFrom(timelineQuerySchema)
  timeline(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Query(new ZodPipe(timelineQuerySchema, 'query')) page: z.output<typeof timelineQuerySchema>) {
    return this.auditors.timeline(principal, id, page);
  }

  @RequireOrgRole('programme-manager', 'admin')
  @Post(':id/evaluations')
  @ApiOperation({ summary: 'Record an evaluation of the auditor (7.4): method, criteria, result, gaps' })
  @ApiCreatedResponse({ description: 'the auditor with the new evaluation', schema: openApiSchema(auditorViewSchema) })
  @ApiBody({ schema: openApiSchema(auditorEvaluationSchema) })
  evaluate(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body(new ZodPipe(auditorEvaluationSchema)) evaluation: z.output<typeof auditorEvaluationSchema>) {
    return this.auditors.evaluate(principal, id, evaluation).then(auditorView);
  }

  @RequireOrgRole('programme-manager', 'admin')
  @Post('team-check')
  @ApiOperation({ summary: 'Check a proposed team: ISMS competence coverage, independence from the auditee, qualified leader' })
  @ApiBody({ schema: openApiSchema(teamCheckSchema) })
  @ApiOkResponse({ description: 'covered and missing competence areas, independence conflicts, unknown members', schema: openApiSchema(teamCheckViewSchema) })
  checkTeam(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(teamCheckSchema)) body: z.output<typeof teamCheckSchema>) {
    const audited = auditedByLaunch({ auditee: { unit: body.auditeeUnit }, scope: body.scope ?? { units: [] }, plannedStart: body.plannedStart ?? new Date().toISOString() });
    return this.auditors.checkTeamFor(principal, body.members, audited);
  }

  @RequireOrgRole('programme-manager', 'admin')
  @Post('team-proposal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Propose a team from the pool: independent of the audited work, a qualified leader, the ISMS competence areas covered, the least busy auditors in the window first' })
  @ApiBody({ schema: openApiSchema(teamProposalSchema) })
  @ApiOkResponse({ description: 'leader and members, covered and missing areas, who was excluded and why, workload after', schema: openApiSchema(teamProposalViewSchema) })
  proposeTeam(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(teamProposalSchema)) body: z.output<typeof teamProposalSchema>) {
    const audit = { ...auditedByLaunch(body), endsAt: body.plannedEnd };
    return this.auditors.proposeTeamFor(principal, audit, { teamSize: body.teamSize, requiredAreas: body.requiredAreas });
  }
}
