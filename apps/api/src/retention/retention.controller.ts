import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/decorators';
import { Principal } from '../auth/principal';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { CanonicalUuidPipe } from '../common/uuid.pipe';
import { legalHoldSchema, liftLegalHoldSchema, retentionExtensionSchema } from '@auditflow/domain';
import { retentionAnswerSchema } from './retention.dto';
import { RetentionService } from './retention.service';

@ApiTags('records retention')
@Controller('audits')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Post(':id/legal-hold')
  @HttpCode(201)
  @ApiOperation({ summary: "Set a legal hold on the audit's records (6.6): nothing is disposed of until it is lifted; the audit's compliance lead only" })
  @ApiBody({ schema: openApiSchema(legalHoldSchema) })
  @ApiCreatedResponse({ schema: openApiSchema(retentionAnswerSchema) })
  @ApiForbiddenResponse({ description: "not the audit's compliance lead", schema: ERROR_SCHEMA })
  @ApiConflictResponse({ description: 'a hold is in force already', schema: ERROR_SCHEMA })
  setHold(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown) {
    return this.retention.setHold(principal, id, body);
  }

  @Post(':id/legal-hold/lift')
  @HttpCode(200)
  @ApiOperation({ summary: "Lift the legal hold on the audit's records, with a reason; disposals that fell due meanwhile then proceed" })
  @ApiBody({ schema: openApiSchema(liftLegalHoldSchema) })
  @ApiOkResponse({ schema: openApiSchema(retentionAnswerSchema) })
  @ApiForbiddenResponse({ description: "not the audit's compliance lead", schema: ERROR_SCHEMA })
  @ApiConflictResponse({ description: 'no hold is in force', schema: ERROR_SCHEMA })
  liftHold(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown) {
    return this.retention.liftHold(principal, id, body);
  }

  @Post(':id/retention-extensions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Keep a class of the audit\'s records longer than its retention period, with a reason (6.6); the compliance lead only' })
  @ApiBody({ schema: openApiSchema(retentionExtensionSchema) })
  @ApiCreatedResponse({ schema: openApiSchema(retentionAnswerSchema) })
  @ApiForbiddenResponse({ description: "not the audit's compliance lead", schema: ERROR_SCHEMA })
  extend(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body() body: unknown) {
    return this.retention.extend(principal, id, body);
  }
}
