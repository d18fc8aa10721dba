import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { programmeApprovalSchema, programmeSchema, ProgrammeInput } from '../../../../libs/domain/src/programme';
import { Actor } from '../../../../libs/domain/src/roles';
import { ApiActorHeaders, CurrentActor } from '../common/actor.decorator';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ZodPipe } from '../common/zod-pipe';
import { ProgrammesService } from './programmes.service';

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Post()
  @ApiOperation({ summary: 'Establish an audit programme (ISO 19011 5.4): objectives, risks, extent, people, settings' })
  @ApiBody({ schema: openApiSchema(programmeSchema) })
  @ApiCreatedResponse({ description: 'the programme, in draft until the audit client approves it' })
  create(@Body(new ZodPipe(programmeSchema)) input: ProgrammeInput) {
    return this.programmes.create(input);
  }

  @Get()
  @ApiOperation({ summary: 'List audit programmes' })
  list() {
    return this.programmes.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One audit programme' })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.programmes.get(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiActorHeaders()
  @ApiOperation({ summary: 'Record the audit client approval of the programme; audits can be launched only in an approved programme' })
  @ApiBody({ schema: openApiSchema(programmeApprovalSchema) })
  @ApiOkResponse({ description: 'the approved programme' })
  @ApiConflictResponse({ schema: ERROR_SCHEMA })
  approve(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor, @Body(new ZodPipe(programmeApprovalSchema)) body: { approvedBy: string }) {
    return this.programmes.approve(id, actor, body.approvedBy);
  }
}
