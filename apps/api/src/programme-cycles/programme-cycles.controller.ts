import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditLaunchSchema, decideCoverageGapSchema, respondToKpiSchema, mergePlannedWindowsSchema, movePlannedWindowSchema, programmeReviewSchema, skipPlannedWindowSchema, splitPlannedWindowSchema } from '@auditflow/domain';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { RequireOrgRole } from '../auth/org-roles.guard';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { IDEMPOTENCY_KEY_PARAMETER, IdempotencyKey } from '../idempotency/idempotency-key';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { programmeCoverageViewSchema, programmeCycleEventSchema, programmeCycleViewSchema, programmeStepResultSchema, programmeTaskViewSchema, windowLaunchedSchema } from './programme-cycle.dto';
import { ProgrammeCyclesService } from './programme-cycles.service';
import { teamProposalViewSchema } from '../auditors/auditor.dto';

/** A window step's body: its window id comes from the path. */
const withoutWindowId = <S extends z.ZodObject>(schema: S) => openApiSchema(schema.omit({ windowId: true } as never));
const STEP_ANSWER = { description: 'the cycle status after the step and what it recorded', schema: openApiSchema(programmeStepResultSchema) };

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammeCyclesController {
  constructor(private readonly cycles: ProgrammeCyclesService) {}

  @RequireOrgRole('programme-manager', 'admin')
  @Post(':id/cycle')
  @HttpCode(200)
  @ApiOperation({ summary: "Start the approved programme's audit cycle (or join the one running): approval starts it; this finishes a start Temporal did not answer" })
  @ApiOkResponse({ schema: openApiSchema(programmeCycleViewSchema) })
  @ApiConflictResponse({ schema: ERROR_SCHEMA })
  start(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.cycles.start(principal, id);
  }

  @Get(':id/cycle')
  @ApiOperation({ summary: "The programme's running audit cycle (5.5): the plan as it now stands, each window's launch task, audit and outcome, coverage gaps and reviews" })
  @ApiOkResponse({ schema: openApiSchema(programmeCycleViewSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  cycle(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.cycles.cycle(principal, id);
  }

  @Get(':id/cycle/timeline')
  @ApiOperation({ summary: "The cycle's timeline, oldest first: launches, skips, misses, audits reporting back, gaps, reviews, tasks and their escalations" })
  @ApiOkResponse({ schema: openApiSchema(z.array(programmeCycleEventSchema)) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  timeline(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.cycles.timeline(principal, id);
  }

  @Get(':id/coverage')
  @ApiOperation({ summary: 'Coverage of the cycle: each applicable ISO/IEC 27001:2022 clause and Annex A control as audited, planned or a gap, with the windows planning and auditing it' })
  @ApiOkResponse({ schema: openApiSchema(programmeCoverageViewSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  coverage(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.cycles.coverage(principal, id);
  }

  @Get(':id/tasks')
  @ApiOperation({ summary: "The programme manager's tasks of the cycle, soonest due first: launches, coverage gaps, reviews" })
  @ApiOkResponse({ schema: openApiSchema(z.array(programmeTaskViewSchema)) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  tasks(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.cycles.tasks(principal, id);
  }

  @RequireOrgRole('programme-manager')
  @Get(':id/cycle/windows/:windowId/team-proposal')
  @ApiOperation({ summary: "A team for a window's audit: independent of its areas and controls, a qualified leader, the ISMS competence areas covered, the least busy auditors in the window first; what stays missing needs a justification at launch" })
  @ApiOkResponse({ schema: openApiSchema(teamProposalViewSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  teamProposal(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Param('windowId') windowId: string) {
    return this.cycles.teamProposal(principal, id, windowId);
  }

  @RequireOrgRole('programme-manager')
  @Post(':id/cycle/windows/:windowId/launch')
  @Idempotent()
  @ApiOperation({ summary: "Launch the audit of a window (5.5): the team checked as for any launch, then the programme's workflow starts the audit, once however often it is asked" })
  @ApiBody({ schema: openApiSchema(auditLaunchSchema), description: 'as POST /audits; programmeId may be left out (it is the path\'s)' })
  @ApiHeader(IDEMPOTENCY_KEY_PARAMETER)
  @ApiCreatedResponse({ schema: openApiSchema(windowLaunchedSchema) })
  @ApiForbiddenResponse({ schema: ERROR_SCHEMA })
  @ApiConflictResponse({ schema: ERROR_SCHEMA })
  launch(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Param('windowId') windowId: string, @Body() body: unknown, @IdempotencyKey() key?: string) {
    return this.cycles.launch(principal, id, windowId, body, key);
  }

  @RequireOrgRole('programme-manager')
  @Post(':id/cycle/windows/:windowId/skip')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Skip a window with the reason; the answer names the coverage it loses, and a gap no other window closes opens a task' })
  @ApiBody({ schema: withoutWindowId(skipPlannedWindowSchema()) })
  @ApiHeader(IDEMPOTENCY_KEY_PARAMETER)
  @ApiOkResponse(STEP_ANSWER)
  skip(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Param('windowId') windowId: string, @Body() body: unknown, @IdempotencyKey() key?: string) {
    return this.cycles.windowStep(principal, id, 'skipPlannedWindow', windowId, body, key);
  }

  @RequireOrgRole('programme-manager')
  @Post(':id/cycle/windows/:windowId/move')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Move a window (a missed one too) to open at a later date within the cycle; its launch task opens again ahead of the new date' })
  @ApiBody({ schema: withoutWindowId(movePlannedWindowSchema()) })
  @ApiHeader(IDEMPOTENCY_KEY_PARAMETER)
  @ApiOkResponse(STEP_ANSWER)
  move(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Param('windowId') windowId: string, @Body() body: unknown, @IdempotencyKey() key?: string) {
    return this.cycles.windowStep(principal, id, 'movePlannedWindow', windowId, body, key);
  }

  @RequireOrgRole('programme-manager')
  @Post(':id/cycle/windows/:windowId/split')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Split a window into one audit per part of its clauses and controls, in the same slot; the answer names the coverage it loses' })
  @ApiBody({ schema: withoutWindowId(splitPlannedWindowSchema()) })
  @ApiHeader(IDEMPOTENCY_KEY_PARAMETER)
  @ApiOkResponse(STEP_ANSWER)
  split(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Param('windowId') windowId: string, @Body() body: unknown, @IdempotencyKey() key?: string) {
    return this.cycles.windowStep(principal, id, 'splitPlannedWindow', windowId, body, key);
  }

  @RequireOrgRole('programme-manager')
  @Post(':id/cycle/merge')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Merge windows into one audit in the slot of the earliest (combining audits, 5.3)' })
  @ApiBody({ schema: openApiSchema(mergePlannedWindowsSchema()) })
  @ApiHeader(IDEMPOTENCY_KEY_PARAMETER)
  @ApiOkResponse(STEP_ANSWER)
  merge(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown, @IdempotencyKey() key?: string) {
    return this.cycles.step(principal, id, 'mergePlannedWindows', body, key);
  }

  @RequireOrgRole('programme-manager')
  @Post(':id/cycle/decide-gap')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Decide how a coverage gap is closed (an extra audit, a merged window, an accepted risk); closes its task' })
  @ApiBody({ schema: openApiSchema(decideCoverageGapSchema()) })
  @ApiHeader(IDEMPOTENCY_KEY_PARAMETER)
  @ApiOkResponse(STEP_ANSWER)
  decideGap(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown, @IdempotencyKey() key?: string) {
    return this.cycles.step(principal, id, 'decideCoverageGap', body, key);
  }

  @RequireOrgRole('programme-manager')
  @Post(':id/cycle/respond-to-kpi')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Say what is done about a monitoring threshold crossed (coverage behind plan, too many overdue corrective actions); closes its task' })
  @ApiBody({ schema: openApiSchema(respondToKpiSchema()) })
  @ApiHeader(IDEMPOTENCY_KEY_PARAMETER)
  @ApiOkResponse(STEP_ANSWER)
  respondToKpi(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown, @IdempotencyKey() key?: string) {
    return this.cycles.step(principal, id, 'respondToKpi', body, key);
  }

  @RequireOrgRole('programme-manager')
  @Post(':id/cycle/review')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: "Record the programme review (5.7) of its review task: the record keeps the KPIs of this moment with lessons learned, risk treatments, auditor development and decisions" })
  @ApiBody({ schema: openApiSchema(programmeReviewSchema()) })
  @ApiHeader(IDEMPOTENCY_KEY_PARAMETER)
  @ApiOkResponse(STEP_ANSWER)
  review(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown, @IdempotencyKey() key?: string) {
    return this.cycles.review(principal, id, body, key);
  }
}
