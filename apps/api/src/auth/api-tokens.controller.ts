import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { isoDuration, shortText, uuid } from '@auditflow/domain';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ApiQueryFrom } from '../common/openapi-query';
import { ZodPipe } from '../common/zod-pipe';
import { ApiTokensService } from './api-tokens.service';
import { CurrentPrincipal } from './decorators';
import { Principal } from './principal';
import { CanonicalUuidPipe } from '../common/uuid.pipe';

const createSchema = z.object({
  name: shortText.describe('what the token is for, e.g. "nightly export"'),
  scope: z.enum(['read', 'act']).describe('read: GET only; act: may also take steps'),
  expiresIn: isoDuration.optional().describe('lifetime as an ISO 8601 duration; default API_TOKEN_DEFAULT_LIFETIME'),
});
const tokenSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  name: z.string(),
  prefix: z.string().describe('the first characters, to recognise it'),
  scope: z.enum(['read', 'act']),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().optional(),
  lastUsedAt: z.string().optional(),
});
const listQuerySchema = z.object({ personId: uuid.optional() });
const createdSchema = tokenSchema.extend({ token: z.string().describe('the token itself: shown this once, never again') });

@ApiTags('api tokens')
@Controller('tokens')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API token for yourself; send it as "Authorization: Bearer <token>"' })
  @ApiBody({ schema: openApiSchema(createSchema) })
  @ApiCreatedResponse({ schema: openApiSchema(createdSchema) })
  create(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(createSchema)) body: z.output<typeof createSchema>) {
    return this.tokens.create(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'Your API tokens (an admin: anyone’s, or one person’s with personId)' })
  @ApiQueryFrom(listQuerySchema, { personId: 'an admin: the tokens of this person' })
  @ApiOkResponse({ schema: openApiSchema(z.array(tokenSchema)) })
  list(@CurrentPrincipal() principal: Principal, @Query(new ZodPipe(listQuerySchema, 'query')) query: z.output<typeof listQuerySchema>) {
    return this.tokens.list(principal, query.personId);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an API token at once (yours; an admin: anyone’s)' })
  @ApiOkResponse({ schema: openApiSchema(tokenSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.tokens.revoke(principal, id);
  }
}
