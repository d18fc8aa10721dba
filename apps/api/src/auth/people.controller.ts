import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { email, ORG_ROLES, pageSchema, shortText, uuid } from '@auditflow/domain';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';
import { ApiQueryFrom } from '../common/openapi-query';
import { booleanFlag, pageQuery } from '../common/query-schemas';
import { ZodPipe } from '../common/zod-pipe';
import { CurrentPrincipal } from './decorators';
import { PeopleService } from './people.service';
import { Principal } from './principal';
import { RequireOrgRole } from './org-roles.guard';
import { CanonicalUuidPipe } from '../common/uuid.pipe';

const personInputSchema = z.object({
  email,
  name: shortText,
  unit: shortText.optional(),
  managerEmail: email.optional(),
  roles: z.array(z.enum(ORG_ROLES)).default([]),
});
const personChangeSchema = z
  .object({ name: shortText, unit: shortText, managerEmail: email, roles: z.array(z.enum(ORG_ROLES)), active: z.boolean() })
  .partial()
  .strict()
  .refine((change) => Object.keys(change).length > 0, { message: 'name at least one field to change' });
const personSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  unit: z.string().optional(),
  managerEmail: z.string().optional(),
  roles: z.array(z.enum(ORG_ROLES)),
  active: z.boolean(),
  source: z.enum(['directory', 'sso', 'audit', 'setup']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const securityEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  type: z.string(),
  personId: z.uuid().optional(),
  email: z.string().optional(),
  byPersonId: z.uuid().optional(),
  ip: z.string().optional(),
  detail: z.record(z.string(), z.unknown()),
});
const peopleQuerySchema = z.object({ role: z.enum(ORG_ROLES).optional(), active: booleanFlag.optional(), search: shortText.optional(), ...pageQuery });
const securityQuerySchema = z.object({ type: shortText.optional(), personId: uuid.optional(), ...pageQuery });

@ApiTags('people')
@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get('me')
  @ApiOperation({ summary: 'Your own directory entry' })
  @ApiOkResponse({ schema: openApiSchema(personSchema) })
  me(@CurrentPrincipal() principal: Principal) {
    return this.people.get(principal, principal.personId);
  }

  @RequireOrgRole('admin')
  @Get('people')
  @ApiOperation({ summary: 'The people directory (admin)' })
  @ApiOkResponse({ schema: openApiSchema(pageSchema(personSchema)) })
  @ApiQueryFrom(peopleQuerySchema)
  list(@CurrentPrincipal() principal: Principal, @Query(new ZodPipe(peopleQuerySchema, 'query')) filters: z.output<typeof peopleQuerySchema>) {
    return this.people.list(principal, filters);
  }

  @RequireOrgRole('admin')
  @Post('people')
  @ApiOperation({ summary: 'Add a person to the directory (admin)' })
  @ApiBody({ schema: openApiSchema(personInputSchema) })
  @ApiCreatedResponse({ schema: openApiSchema(personSchema) })
  create(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(personInputSchema)) body: z.output<typeof personInputSchema>) {
    return this.people.create(principal, body);
  }

  @Get('people/:id')
  @ApiOperation({ summary: 'One person (admin, or yourself)' })
  @ApiOkResponse({ schema: openApiSchema(personSchema) })
  @ApiNotFoundResponse({ schema: ERROR_SCHEMA })
  get(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string) {
    return this.people.get(principal, id);
  }

  @RequireOrgRole('admin')
  @Patch('people/:id')
  @ApiOperation({ summary: 'Change a person: name, unit, manager, roles, or deactivate (ends their sessions and tokens at once) (admin)' })
  @ApiBody({ schema: openApiSchema(personChangeSchema) })
  @ApiOkResponse({ schema: openApiSchema(personSchema) })
  change(@CurrentPrincipal() principal: Principal, @Param('id', new CanonicalUuidPipe()) id: string, @Body(new ZodPipe(personChangeSchema)) body: z.output<typeof personChangeSchema>) {
    return this.people.change(principal, id, body);
  }

  @RequireOrgRole('admin')
  @Get('security-events')
  @ApiOperation({ summary: 'The security record: sign-ins, failed sign-ins, tokens, directory and role changes, newest first (admin)' })
  @ApiOkResponse({ schema: openApiSchema(pageSchema(securityEventSchema)) })
  @ApiQueryFrom(securityQuerySchema)
  securityEvents(@CurrentPrincipal() principal: Principal, @Query(new ZodPipe(securityQuerySchema, 'query')) filters: z.output<typeof securityQuerySchema>) {
    return this.people.securityEvents(principal, filters);
  }
}
