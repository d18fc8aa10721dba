// Fuzzing every endpoint of the OpenAPI document with requests generated from its schemas and from mutations of
// them (wrong types, edge lengths, unicode edge cases, huge values, extra fields). Bounded in count and time, seeded
// so a failure reproduces: FUZZ_SEED=<seed> npm test -- test/e2e/fuzz.spec.ts
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { ActionSpec, AUDIT_ACTIONS, FOLLOW_UP_ACTIONS, FollowUpActionSpec } from '@auditflow/domain';
import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { TEST_ADMIN_EMAIL } from '../support/test-identity';
import { SAMPLE_AUDIT_ROLE_PEOPLE } from '../support/audit-people';

const SEED = Number(process.env.FUZZ_SEED ?? 7_2026);
const REQUESTS = 5_000;
const TIME_BUDGET_MS = 240_000;
/** STEP_TIMEOUT (10 s) and room for a loaded 2-core machine: no answer may take longer. */
const ANSWER_DEADLINE_MS = 20_000;
/** Taking four sample audits to their phases before the requests, on a loaded 2-core machine. */
const SETUP_ALLOWANCE_MS = 180_000;

type Schema = { type?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema; enum?: unknown[]; format?: string; minLength?: number; maxLength?: number; anyOf?: Schema[]; oneOf?: Schema[]; minItems?: number };
interface Operation {
  method: string;
  path: string;
  operationId?: string;
  body?: Schema;
  query: { name: string; schema?: Schema }[];
}

const PERSON = SAMPLE_AUDIT_ROLE_PEOPLE;

const nasty = fc.constantFrom('', ' ', 'x\ud800y', '\udc00', 'a\u0000b', 'bell\u0007', '\u202Eevil', '👩🏽‍💻', 'e\u0301', 'x'.repeat(20_000), '../../etc/passwd', "'; DROP TABLE audits; --", '<script>alert(1)</script>', 'T-1', 'F-1', '-1', '1e309', 'null');

/** Values for a JSON schema: mostly well-formed, sometimes mutated. */
function arbitraryFor(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const mutation = fc.oneof(fc.anything({ maxDepth: 2 }), nasty, fc.constant(null), fc.double(), fc.integer({ min: -(2 ** 53), max: 2 ** 53 }));
  if (!schema || depth > 4) return mutation;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((variant) => arbitraryFor(variant, depth + 1)));
  let wellFormed: fc.Arbitrary<unknown>;
  if (schema.enum) wellFormed = fc.constantFrom(...schema.enum);
  else if (schema.type === 'object' || schema.properties) {
    const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, arbitraryFor(value, depth + 1)]));
    wellFormed = fc.tuple(fc.record(properties, { requiredKeys: schema.required?.filter((key) => key in properties) ?? [] }), fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 2 })))
      .map(([record, extra]) => ({ ...(extra ?? {}), ...record }));
  } else if (schema.type === 'array') wellFormed = fc.array(arbitraryFor(schema.items, depth + 1), { minLength: schema.minItems ?? 0, maxLength: 4 });
  else if (schema.type === 'string') {
    const format = schema.format === 'email' ? fc.emailAddress() : schema.format === 'date-time' ? fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((date) => date.toISOString()) : schema.format === 'uuid' ? fc.uuid() : fc.string({ minLength: schema.minLength ?? 0, maxLength: 40 });
    wellFormed = fc.oneof(format, nasty);
  } else if (schema.type === 'integer') wellFormed = fc.integer({ min: -5, max: 1000 });
  else if (schema.type === 'number') wellFormed = fc.double({ noNaN: true });
  else if (schema.type === 'boolean') wellFormed = fc.boolean();
  else wellFormed = mutation;
  return fc.oneof({ arbitrary: wellFormed, weight: 4 }, { arbitrary: mutation, weight: 1 });
}

/** A path segment, percent-encoded; a lone surrogate goes out as the bytes of its (invalid) UTF-8 form. */
function segment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value].map((character) => (/[\ud800-\udfff]/.test(character) ? '%ED%A0%80' : encodeURIComponent(character))).join('');
  }
}

describe('fuzzing every endpoint', () => {
  const stack = useFullStack();

  /** A sample audit taken through its first `steps` steps (its follow-ups included), then left where it is. */
  async function sampleAuditAfter(steps: number) {
    const launched = await launchSampleAudit(stack.client);
    const port = new HttpAuditPort(stack.client, launched.auditId);
    let taken = 0;
    const stop = new Error('far enough');
    const limited: AuditPort = {
      act: (action, actor, payload) => (taken++ < steps ? port.act(action, actor, payload) : Promise.reject(stop)),
      followUp: (findingId, action, actor, payload) => (taken++ < steps ? port.followUp(findingId, action, actor, payload) : Promise.reject(stop)),
    };
    await runSampleAudit(limited).catch((error: unknown) => {
      if (error !== stop) throw error;
    });
    return launched;
  }

  it(`answers ${REQUESTS} generated requests without a 5xx, in time, changing nothing when it refuses`, async () => {
    // Audits in several phases, so generated steps meet each phase's rules: the sample audit stopped after 0, 8, 22
    // and 40 of its steps (initiating, preparing, conducting, reporting or later).
    const audits = await Promise.all([0, 8, 22, 40].map((steps) => sampleAuditAfter(steps)));
    const { auditId, programmeId } = audits[0]!;
    const auditIds = audits.map((audit) => audit.auditId);
    const document = (await stack.client.get('/docs/openapi.json', undefined)).body as { paths: Record<string, Record<string, { operationId?: string; requestBody?: { content: Record<string, { schema: Schema }> }; parameters?: { name: string; in: string; schema?: Schema }[] }>> };
    const operations: Operation[] = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        body: operation.requestBody?.content['application/json']?.schema,
        query: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query'),
      })),
    );
    // Signing out would end the fuzzing people's sessions: it has tests of its own.
    const fuzzed = operations.filter((operation) => operation.path !== '/auth/sign-out');
    const db = stack.api.app.get(DataSource);
    const recorded = async (id: string) => (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE audit_id = $1 AND type NOT LIKE 'notification.%'`, [id.toLowerCase()]))[0].n as number;

    /** Who sends it: a person the rules let get as far as validation, so validation is what gets fuzzed. */
    const sender = (operation: Operation): string => {
      const spec = operation.operationId?.startsWith('audit_') ? (AUDIT_ACTIONS as Record<string, ActionSpec>)[operation.operationId.slice(6)] : operation.operationId?.startsWith('followUp_') ? (FOLLOW_UP_ACTIONS as Record<string, FollowUpActionSpec>)[operation.operationId.slice(9)] : undefined;
      const role = spec?.roles.find((candidate) => PERSON[candidate]);
      if (role) return PERSON[role]!;
      return ['/people', '/security-events'].some((prefix) => operation.path.startsWith(prefix)) ? TEST_ADMIN_EMAIL : P.programmeManager.email;
    };
    for (const email of new Set([...fuzzed.map(sender), TEST_ADMIN_EMAIL])) await stack.client.session(email);

    const request = fc.record({
      operation: fc.constantFrom(...fuzzed),
      id: fc.oneof({ arbitrary: fc.constantFrom(...auditIds), weight: 6 }, { arbitrary: fc.constantFrom(...auditIds).map((id) => id.toUpperCase()), weight: 1 }, { arbitrary: fc.uuid(), weight: 1 }, { arbitrary: nasty, weight: 1 }),
      sub: fc.oneof(fc.constantFrom('T-1', 'F-1', 'D-1', 'M-1'), nasty),
      seed: fc.integer(),
    });
    const samples = fc.sample(request, { seed: SEED, numRuns: REQUESTS });
    const started = Date.now();
    const findings: string[] = [];
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const { operation, id, sub, seed } of samples) {
      if (Date.now() - started > TIME_BUDGET_MS) break;
      const concreteId = operation.path.startsWith('/programmes/') ? programmeId : id;
      const path = operation.path.replace('{id}', segment(concreteId)).replace('{findingId}', segment(sub)).replace('{taskId}', segment(sub));
      const query = new URLSearchParams();
      for (const parameter of operation.query) {
        const [value] = fc.sample(fc.option(arbitraryFor(parameter.schema ?? { type: 'string' })), { seed: seed ^ parameter.name.length, numRuns: 1 });
        if (value !== null && value !== undefined) query.set(parameter.name, typeof value === 'string' ? value : JSON.stringify(value));
      }
      const [body] = operation.body ? fc.sample(arbitraryFor(operation.body), { seed, numRuns: 1 }) : [undefined];
      const known = auditIds.includes(concreteId.toLowerCase());
      const before = operation.method === 'POST' && operation.path.startsWith('/audits/{id}') && known ? await recorded(concreteId) : undefined;
      const at = Date.now();
      const url = `${path}${query.size ? `?${query}` : ''}`;
      let answer;
      try {
        answer = await stack.client.request(operation.method, url, sender(operation), body);
      } catch (error) {
        findings.push(`${operation.method} ${url}: no answer (${error instanceof Error ? error.message : String(error)})`);
        sent += 1;
        continue;
      }
      sent += 1;
      const took = Date.now() - at;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500) findings.push(`${operation.method} ${url}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)} body ${JSON.stringify(body)?.slice(0, 300)}`);
      if (took > ANSWER_DEADLINE_MS) findings.push(`${operation.method} ${url}: answered after ${took} ms`);
      if (before !== undefined && answer.status >= 400 && (await recorded(concreteId)) !== before) findings.push(`${operation.method} ${url}: refused with ${answer.status} but the timeline changed`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    process.stdout.write(`fuzz: ${sent} requests in ${seconds} s (seed ${SEED}), answers ${JSON.stringify(Object.fromEntries([...statuses].sort()))}, ${findings.length} finding(s)\n${findings.slice(0, 20).join('\n')}\n`);
    expect(sent).toBeGreaterThanOrEqual(REQUESTS);
    expect(findings).toEqual([]);

    // Still usable: the audit's workflow answers, and a new audit can be launched and takes its first step.
    expect((await stack.client.get(`/audits/${auditId}/live-state`, P.programmeManager.email)).status).toBe(200);
    const fresh = await launchSampleAudit(stack.client);
    const step = await stack.client.request('POST', `/audits/${fresh.auditId}/acknowledge-contact`, P.auditeeRepresentative.email, { channels: ['e-mail'], confidentialityAgreed: true });
    expect(step.status).toBe(200);
    // The requests have their own time budget; the four sample audits before them and the checks after need room too.
  }, TIME_BUDGET_MS + SETUP_ALLOWANCE_MS);
});
