import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { auditorEvaluationSchema, auditorSchema } from '../../../../libs/domain/src/competence';
import { email, shortText } from '../../../../libs/domain/src/schemas';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-pipe';
import { AuditorsService } from './auditors.service';

const teamCheckSchema = z.object({
  auditeeUnit: shortText,
  members: z.array(z.object({ email, leader: z.boolean().default(false) })).min(1),
});

@ApiTags('auditors')
@Controller('auditors')
export class AuditorsController {
  constructor(private readonly auditors: AuditorsService) {}

  @Post()
  @ApiOperation({ summary: 'Add an auditor profile to the pool (ISO 19011 clause 7)' })
  @ApiBody({ schema: openApiSchema(auditorSchema) })
  @ApiCreatedResponse({ description: 'the auditor profile' })
  @ApiConflictResponse({ schema: ERROR_SCHEMA })
  create(@Body(new ZodPipe(auditorSchema)) input: z.output<typeof auditorSchema>) {
    return this.auditors.create(input);
  }

  @Get()
  @ApiOperation({ summary: 'The auditor pool' })
  list() {
    return this.auditors.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One auditor with competences and evaluations' })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.auditors.get(id);
  }

  @Post(':id/evaluations')
  @ApiOperation({ summary: 'Record an evaluation of the auditor (7.4): method, criteria, result, gaps' })
  @ApiBody({ schema: openApiSchema(auditorEvaluationSchema) })
  evaluate(@Param('id', new ParseUUIDPipe()) id: string, @Body(new ZodPipe(auditorEvaluationSchema)) evaluation: z.output<typeof auditorEvaluationSchema>) {
    return this.auditors.evaluate(id, evaluation);
  }

  @Post('team-check')
  @ApiOperation({ summary: 'Check a proposed team: ISMS competence coverage, independence from the auditee, qualified leader' })
  @ApiBody({ schema: openApiSchema(teamCheckSchema) })
  @ApiOkResponse({ description: 'covered and missing competence areas, independence conflicts, unknown members' })
  checkTeam(@Body(new ZodPipe(teamCheckSchema)) body: z.output<typeof teamCheckSchema>) {
    return this.auditors.checkTeam(body.members, body.auditeeUnit);
  }
}
