import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { programmeApprovalSchema, programmeSchema, ProgrammeInput, programmeTimelineSchema, programmeChangeSchema, ProgrammeChange } from '@auditflow/domain';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-pipe';
import { ApiQueryFrom } from '../common/openapi-query';
import { pageQuery } from '../common/query-schemas';
import { ProgrammesService } from './programmes.service';
import { RequireOrgRole } from '../auth/org-roles.guard';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { programmeKpisSchema, programmeView, programmeViewSchema, proposedCyclePlanSchema } from './programme.dto';

const timelineQuerySchema = z.object({ ...pageQuery });

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @RequireOrgRole('programme-manager', 'admin')
  @Post()
  @ApiOperation({ summary: 'Establish an audit programme (ISO 19011 5.4): objectives, risks, extent, people, settings' })
  @ApiBody({ schema: openApiSchema(programmeSchema) })
  @ApiCreatedResponse({ description: 'the programme, in draft until the audit client approves it', schema: openApiSchema(programmeViewSchema) })
  create(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(programmeSchema)) input: ProgrammeInput) {
    return this.programmes.create(principal, input).then(programmeView);
  }

  @Get()
  @ApiOperation({ summary: 'The audit programmes you manage or lead compliance for (all of them for an admin)' })
  @ApiOkResponse({ schema: openApiSchema(z.array(programmeViewSchema)) })
  async list(@CurrentPrincipal() principal: Principal) {
    return (await this.programmes.list(principal)).map(programmeView);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One audit programme' })
  @ApiOkResponse({ schema: openApiSchema(programmeViewSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  get(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.programmes.get(principal, id).then(programmeView);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the audit client approval of the programme; audits can be launched only in an approved programme' })
  @ApiBody({ schema: openApiSchema(programmeApprovalSchema) })
  @ApiOkResponse({ description: 'the approved programme', schema: openApiSchema(programmeViewSchema) })
  @ApiConflictResponse({ schema: ERROR_SCHEMA })
  approve(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body(new ZodPipe(programmeApprovalSchema)) body: z.output<typeof programmeApprovalSchema>) {
    return this.programmes.approve(principal, id, body).then(programmeView);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the programme, with the reason (5.4): a new version, a draft again until the audit client approves it; the programme manager only' })
  @ApiBody({ schema: openApiSchema(programmeChangeSchema) })
  @ApiOkResponse({ description: 'the new version', schema: openApiSchema(programmeViewSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  change(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body(new ZodPipe(programmeChangeSchema)) body: ProgrammeChange) {
    return this.programmes.change(principal, id, body).then(programmeView);
  }

  @Get(':id/cycle-plan/proposal')
  @ApiOperation({ summary: "The cycle plan the programme's areas, their risk and its settings give (5.4): audit windows for the whole cycle, and which windows cover each applicable clause and Annex A control" })
  @ApiOkResponse({ schema: openApiSchema(proposedCyclePlanSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  proposal(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.programmes.proposedCyclePlan(principal, id);
  }

  @Get(':id/kpis')
  @ApiOperation({
    summary:
      "Monitoring figures of the programme (5.6) from its audits: report lead time, findings by grade and criterion, corrective-action closure times and overdue actions, escalations by rung, audits completed and closed by their planned end, auditor days (the days used are not recorded yet: null)",
  })
  @ApiOkResponse({ schema: openApiSchema(programmeKpisSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  kpis(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.programmes.kpis(principal, id);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: "The programme's history, oldest first: who established and approved it, when, and the fields each change set" })
  @ApiOkResponse({ schema: openApiSchema(programmeTimelineSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  @ApiQueryFrom(timelineQuerySchema)
  timeline(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Query(new ZodPipe(timelineQuerySchema, 'query')) page: z.output<typeof timelineQuerySchema>) {
    return this.programmes.timeline(principal, id, page);
  }
}
