import { OpenAPIObject } from '@nestjs/swagger';
import { ACTING_ROLE_HEADER, actionRoute, ActionSpec, AUDIT_ACTIONS, AUDIT_ROLES, FOLLOW_UP_ACTIONS, FollowUpActionSpec, requestPayload } from '@auditflow/domain';
import { IDEMPOTENCY_KEY_PARAMETER } from '../idempotency/idempotency-key';
import { SECURITY_REQUIREMENTS } from '../openapi-security';
import { ERROR_SCHEMA, openApiSchema } from '../common/openapi-schema';

export const GENERIC_AUDIT_ACTION_PATH = '/audits/{id}/{action}';
export const GENERIC_FOLLOW_UP_ACTION_PATH = '/audits/{id}/findings/{findingId}/follow-up/{action}';

const errors = (conflictWhy: string) => ({
  '400': { description: 'malformed request: names the field and the rule', content: { 'application/json': { schema: ERROR_SCHEMA } } },
  '401': { description: 'not signed in, or the session or token has ended', content: { 'application/json': { schema: ERROR_SCHEMA } } },
  '403': { description: 'you hold no role allowed to take this step in this audit (or a missing CSRF token, or a read-only API token)', content: { 'application/json': { schema: ERROR_SCHEMA } } },
  '404': { description: 'unknown audit (or one you may not see), finding or referenced item', content: { 'application/json': { schema: ERROR_SCHEMA } } },
  '409': { description: conflictWhy, content: { 'application/json': { schema: ERROR_SCHEMA } } },
  '422': { description: 'well-formed but breaks a rule (e.g. a late report without a reason), or an Idempotency-Key reused for another request', content: { 'application/json': { schema: ERROR_SCHEMA } } },
  '503': { description: 'the workflows did not answer within STEP_TIMEOUT; retry after Retry-After seconds with the same Idempotency-Key', content: { 'application/json': { schema: ERROR_SCHEMA } } },
});

const actionResult = {
  description: 'the step was recorded: phase after it and the timeline events it produced',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          auditId: { type: 'string' },
          phase: { type: 'string' },
          events: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, summary: { type: 'string' }, subjectId: { type: 'string' } } } },
        },
      },
    },
  },
};

const actingRoleHeader = [
  IDEMPOTENCY_KEY_PARAMETER,
  {
    name: ACTING_ROLE_HEADER,
    in: 'header',
    required: false,
    description: 'the role you act in; needed only when you hold several roles in this audit that may take the step',
    schema: { type: 'string', enum: [...AUDIT_ROLES] },
  },
];

/**
 * One documented endpoint per human step, generated from the action registry that also validates them, in place of
 * the generic route that serves them.
 */
export function documentActionEndpoints(document: OpenAPIObject): OpenAPIObject {
  const paths = { ...document.paths };
  delete paths[GENERIC_AUDIT_ACTION_PATH];
  delete paths[GENERIC_FOLLOW_UP_ACTION_PATH];
  for (const [name, spec] of Object.entries(AUDIT_ACTIONS) as [string, ActionSpec][]) {
    paths[`/audits/{id}/${actionRoute(name)}`] = {
      post: {
        tags: ['audit actions'],
        operationId: `audit_${name}`,
        summary: `${spec.summary} (ISO 19011 ${spec.clause})`,
        description: `Allowed in phase: ${spec.phases.join(', ')}. Roles: ${spec.roles.join(', ')}.`,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }, ...actingRoleHeader],
        security: SECURITY_REQUIREMENTS,
        requestBody: { required: true, content: { 'application/json': { schema: openApiSchema(requestPayload(spec.payload)) } } },
        responses: { '200': actionResult, ...errors(`not allowed in the audit's current phase (allowed in: ${spec.phases.join(', ')}) or state`) },
      },
    } as never;
  }
  for (const [name, spec] of Object.entries(FOLLOW_UP_ACTIONS) as [string, FollowUpActionSpec][]) {
    paths[`/audits/{id}/findings/{findingId}/follow-up/${actionRoute(name)}`] = {
      post: {
        tags: ['corrective actions'],
        operationId: `followUp_${name}`,
        summary: spec.summary,
        description: `Allowed while the corrective action is: ${spec.states.join(', ')}. Roles: ${spec.roles.join(', ')}.`,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          { name: 'findingId', in: 'path', required: true, schema: { type: 'string' } },
          ...actingRoleHeader,
        ],
        security: SECURITY_REQUIREMENTS,
        requestBody: { required: true, content: { 'application/json': { schema: openApiSchema(spec.payload) } } },
        responses: { '200': actionResult, ...errors(`not allowed in the corrective action's current state (allowed: ${spec.states.join(', ')})`) },
      },
    } as never;
  }
  return { ...document, paths };
}
