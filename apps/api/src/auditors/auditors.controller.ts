import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { auditedByLaunch, auditorEvaluationSchema, auditorFeedbackSchema, auditorProfileChangeSchema, auditorSchema, cpdRecordSchema, auditorTimelineSchema, email, ISMS_COMPETENCE_AREAS, managesProgrammes, ownWorkSchema, scopeSchema, shortText, TEAM_ROLES, timestamp } from '@auditflow/domain';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-pipe';
import { ApiQueryFrom } from '../common/openapi-query';
import { pageQuery } from '../common/query-schemas';
import { AuditorsService } from './auditors.service';
import { AfterAuditRecordsService } from './after-audit-records.service';
import { AuditorCpdService } from './auditor-cpd.service';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { RequireOrgRole } from '../auth/org-roles.guard';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import {
  auditorDetailView,
  auditorDetailViewSchema,
  auditorFeedbackViewSchema,
  auditorView,
  auditorViewForEvaluator,
  auditorViewSchema,
  cpdRecordedViewSchema,
  teamCheckViewSchema,
  teamProposalViewSchema,
} from './auditor.dto';

const teamCheckSchema = z.object({
  auditeeUnit: shortText,
  members: z.array(z.object({ email, leader: z.boolean().default(false), role: z.enum(TEAM_ROLES).optional(), unit: shortText.optional(), ownWork: z.array(ownWorkSchema()).default([]) })).min(1),
  scope: z.object({ units: z.array(shortText).default([]), processes: z.array(shortText).default([]), sites: z.array(shortText).default([]) }).optional(),
  plannedStart: timestamp.optional().describe('when the audit starts: own work within the cooling-off before it is a conflict (default now)'),
});

/** What the audit covers and when, as its launch gives it (other launch fields are ignored), and how big a team. */
const teamProposalSchema = z
  .object({
    auditee: z.object({ unit: shortText }),
    scope: scopeSchema(),
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
  constructor(
    private readonly auditors: AuditorsService,
    private readonly afterAudit: AfterAuditRecordsService,
    private readonly cpd: AuditorCpdService,
  ) {}

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
    const { auditor, audits, cpd } = await this.auditors.detail(principal, id);
    return auditorDetailView(auditor, audits, cpd);
  }

  @RequireOrgRole('programme-manager', 'admin')
  @Patch(':id')
  @ApiOperation({ summary: "Change the auditor's profile, with the reason, recorded on the auditor's timeline (fields left out stay as they are; the e-mail does not change)" })
  @ApiBody({ schema: openApiSchema(auditorProfileChangeSchema) })
  @ApiOkResponse({ description: 'the changed profile', schema: openApiSchema(auditorViewSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  change(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown) {
    return this.auditors.change(principal, id, body).then(auditorView);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: "The auditor's history in the pool, oldest first: who added them and recorded each evaluation, when, and what each change set" })
  @ApiOkResponse({ schema: openApiSchema(auditorTimelineSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  @ApiQueryFrom(timelineQuerySchema)
  timeline(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Query(new ZodPipe(timelineQuerySchema, 'query')) page: z.output<typeof timelineQuerySchema>) {
    return this.auditors.timeline(principal, id, page);
  }

  @Post(':id/evaluations')
  @ApiOperation({
    summary:
      "Record an evaluation of the auditor (7.4): method, criteria, result, gaps. Programme managers and admins evaluate any auditor; the team leader of an audit the auditor was on evaluates them after it, naming it (auditId)",
  })
  @ApiCreatedResponse({ description: 'the auditor with the new evaluation (to a team leader: with the evaluations they recorded only, no feedback and CPD)', schema: openApiSchema(auditorViewSchema) })
  @ApiForbiddenResponse({ schema: ERROR_SCHEMA })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  @ApiBody({ schema: openApiSchema(auditorEvaluationSchema) })
  async evaluate(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown) {
    const evaluated = await this.afterAudit.evaluate(principal, id, body);
    return managesProgrammes(principal.roles) ? auditorView(evaluated) : auditorViewForEvaluator(evaluated, principal.email);
  }

  @Post(':id/feedback')
  @ApiOperation({ summary: "The auditee's feedback on the auditor for an audit they were on (7.4): by its auditee representative or manager, once each per audit; rating 1-5 and a comment" })
  @ApiBody({ schema: openApiSchema(auditorFeedbackSchema) })
  @ApiCreatedResponse({ description: 'the feedback as kept on the profile', schema: openApiSchema(auditorFeedbackViewSchema) })
  @ApiForbiddenResponse({ schema: ERROR_SCHEMA })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  @ApiConflictResponse({ schema: ERROR_SCHEMA })
  giveFeedback(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown) {
    return this.afterAudit.giveFeedback(principal, id, body);
  }

  @Post(':id/cpd')
  @ApiOperation({ summary: 'Record continual professional development (7.6): date, hours, activity, evidence; by the auditor themself, programme managers and admins' })
  @ApiBody({ schema: openApiSchema(cpdRecordSchema) })
  @ApiCreatedResponse({ description: 'the record as kept and the CPD standing this year', schema: openApiSchema(cpdRecordedViewSchema) })
  @ApiForbiddenResponse({ schema: ERROR_SCHEMA })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  recordCpd(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown) {
    return this.cpd.record(principal, id, body);
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
