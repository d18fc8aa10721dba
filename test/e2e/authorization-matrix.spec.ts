// Every documented endpoint and every action, called by every kind of person: generated from the OpenAPI document
// and the action registry, so a new endpoint is covered (or fails here until it is classified) without anyone
// remembering to add it. Bodies of changes are deliberately malformed (a JSON array), so that nothing is changed:
// a person the rules let through gets as far as body validation (400), everyone else is stopped before it.
import { ActionSpec, AUDIT_ACTIONS, AuditRole, FOLLOW_UP_ACTIONS, FollowUpActionSpec } from '@auditflow/domain';
import { SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme, step } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { TEST_ADMIN_EMAIL } from '../support/test-identity';
import { eventually } from '../support/test-stack';
import { SAMPLE_AUDIT_ROLE_PEOPLE } from '../support/audit-people';
import { readTimeline } from '../support/timeline';

type Persona = 'anonymous' | 'deactivated' | 'outsider' | 'other-auditee' | 'admin' | AuditRole;
const tag = Date.now().toString(36);
const OUTSIDER = `outsider-${tag}@partner.example`;
const DEACTIVATED = `leaver-${tag}@partner.example`;
const OTHER_REP = `other-rep-${tag}@elsewhere.example`;
const AUDIT_ROLE_PEOPLE = SAMPLE_AUDIT_ROLE_PEOPLE;
const PERSONAS: Persona[] = ['anonymous', 'deactivated', 'outsider', 'other-auditee', 'admin', ...(Object.keys(AUDIT_ROLE_PEOPLE) as AuditRole[])];
const AUDITEE_SIDE: Persona[] = ['auditee-representative', 'auditee-manager'];
const emailOf = (persona: Persona): string | undefined =>
  ({ anonymous: undefined, deactivated: DEACTIVATED, outsider: OUTSIDER, 'other-auditee': OTHER_REP, admin: TEST_ADMIN_EMAIL })[persona as string] ?? AUDIT_ROLE_PEOPLE[persona as AuditRole];

interface Operation {
  method: string;
  path: string;
  operationId?: string;
  security?: unknown[];
}

describe('authorization matrix over every endpoint and action', () => {
  const stack = useFullStack();
  const ids = { auditId: '', programmeId: '', otherAuditId: '', adminId: '', auditorId: '' };

  beforeAll(async () => {
    const pm = P.programmeManager.email;
    const programme = await stack.client.post<{ id: string }>('/programmes', pm, sampleProgramme());
    await stack.client.post(`/programmes/${programme.id}/approve`, pm, { approvedBy: 'Board' });
    ids.programmeId = programme.id;
    ids.auditId = (await stack.client.post<{ id: string }>('/audits', pm, sampleLaunch(programme.id))).id;
    const other = await stack.client.post<{ id: string }>('/programmes', pm, { ...sampleProgramme(), name: `Other programme ${tag}` });
    await stack.client.post(`/programmes/${other.id}/approve`, pm, { approvedBy: 'Board' });
    const otherLaunch = sampleLaunch(other.id);
    otherLaunch.auditee = { ...otherLaunch.auditee, unit: 'Facilities', representative: { email: OTHER_REP, name: 'Olga Other' } };
    ids.otherAuditId = (await stack.client.post<{ id: string }>('/audits', pm, otherLaunch)).id;
    ids.auditorId = (await stack.client.post<{ id: string }>('/auditors', pm, { email: `pool-${tag}@auditflow.example`, name: 'Pia Pool' })).id;
    for (const email of [OUTSIDER, DEACTIVATED]) await stack.client.post('/people', TEST_ADMIN_EMAIL, { email, name: email.split('@')[0] });
    ids.adminId = (await stack.client.get('/me', TEST_ADMIN_EMAIL)).body.id;
    // Everyone signs in now; the leaver is deactivated afterwards and keeps the (now dead) session.
    for (const persona of PERSONAS) {
      const email = emailOf(persona);
      if (email) await stack.client.session(email);
    }
    const leaver = (await stack.client.get(`/people?search=${encodeURIComponent(DEACTIVATED)}`, TEST_ADMIN_EMAIL)).body.items[0];
    expect((await stack.client.request('PATCH', `/people/${leaver.id}`, TEST_ADMIN_EMAIL, { active: false })).status).toBe(200);
    // The audit's first step is in the read model before anyone looks.
    await eventually(async () => expect((await stack.client.get(`/audits/${ids.auditId}/tasks/T-1`, P.programmeManager.email)).status).toBe(200));
  });

  async function operations(): Promise<Operation[]> {
    const document = (await stack.client.get('/docs/openapi.json', undefined)).body as { paths: Record<string, Record<string, { operationId?: string; security?: unknown[] }>> };
    const found: Operation[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) found.push({ method: method.toUpperCase(), path, operationId: operation.operationId, security: operation.security });
    }
    // Signing out ends the session, so it comes last.
    return found.sort((a, b) => Number(a.path === '/auth/sign-out') - Number(b.path === '/auth/sign-out'));
  }

  function concrete(path: string): string {
    const id = path.startsWith('/audits/') ? ids.auditId : path.startsWith('/programmes/') ? ids.programmeId : path.startsWith('/auditors/') ? ids.auditorId : path.startsWith('/people/') ? ids.adminId : '4b0a1f0e-0000-4000-8000-000000000000';
    return path.replace('{id}', id).replace('{findingId}', 'F-1').replace('{taskId}', 'T-1').replace('{meetingId}', 'M-1').replace('{version}', '1').replace('{fileId}', '4b0a1f0e-0000-4000-8000-0000000000f1').replace('{windowId}', 'W-1');
  }

  /** The statuses a persona may get; every signed-out or deactivated call is 401 whatever the endpoint. */
  function expected(operation: Operation, persona: Persona): number[] {
    if (persona === 'anonymous' || persona === 'deactivated') return [401];
    const { method, path, operationId } = operation;
    const inAudit = !['outsider', 'other-auditee', 'admin'].includes(persona);
    const action = operationId?.startsWith('audit_') ? (AUDIT_ACTIONS as Record<string, ActionSpec>)[operationId.slice(6)] : undefined;
    const followUp = operationId?.startsWith('followUp_') ? (FOLLOW_UP_ACTIONS as Record<string, FollowUpActionSpec>)[operationId.slice(9)] : undefined;
    if (action || followUp) {
      if (!inAudit && persona !== 'admin') return [404];
      const allowed = (action ?? followUp)!.roles.includes(persona as AuditRole);
      // A follow-up step of a finding that has none yet: the person got past every check of who they are.
      return allowed ? (followUp ? [404] : [400]) : [403];
    }
    if (path.startsWith('/audits/{id}')) {
      if (!inAudit && persona !== 'admin') return [404];
      // The workflow's state and the verification of the whole timeline are not for the auditee side, which is shown part of it.
      if (path.endsWith('/live-state') || path.endsWith('/timeline/verify')) return AUDITEE_SIDE.includes(persona) ? [403] : [200];
      // The matrix's audit has no meeting yet: whoever may read the audit gets as far as "no such meeting".
      if (path.includes('{meetingId}')) return [404];
      // Nor a report version: previews (staff only) and issued versions (whoever reads the issued report) are 404 alike;
      // who gets them once there is one is test/e2e/report-document.spec.ts's.
      if (path.includes('/report/preview.') || path.includes('/reports/{version}')) return [404];
      // An upload without its file name gets as far as the name's check; no file has the matrix's file id.
      if (method === 'POST' && path.endsWith('/files')) return [400];
      if (path.includes('{fileId}')) return [404];
      // Keeping or disposing of records is the compliance lead's; an empty body gets as far as its check.
      if (path.includes('/legal-hold') || path.endsWith('/retention-extensions')) return persona === 'compliance-lead' ? [400] : [403];
      // The record export: whoever reads the audit gets it, as their view of the audit shows it.
      if (path.endsWith('/export.zip')) return [200];
      return [200];
    }
    const admin = persona === 'admin';
    const pm = persona === 'programme-manager';
    const table: Record<string, () => number[]> = {
      'GET /auth/session': () => [200],
      'POST /auth/sign-out': () => [204],
      'GET /me': () => [200],
      'GET /people': () => [admin ? 200 : 403],
      'POST /people': () => [admin ? 400 : 403],
      'GET /people/{id}': () => [admin ? 200 : 404],
      'PATCH /people/{id}': () => [admin ? 400 : 403],
      'GET /security-events': () => [admin ? 200 : 403],
      'GET /tokens': () => [200],
      'POST /tokens': () => [400],
      'DELETE /tokens/{id}': () => [404],
      'GET /programmes': () => [200],
      'POST /programmes': () => [admin || pm ? 400 : 403],
      'GET /programmes/{id}': () => [admin || pm || persona === 'compliance-lead' ? 200 : 404],
      'GET /programmes/{id}/timeline': () => [admin || pm || persona === 'compliance-lead' ? 200 : 404],
      'POST /programmes/{id}/approve': () => [400],
      'PATCH /programmes/{id}': () => [400],
      // The matrix's programme has no cycle or areas: whoever may read it gets as far as that.
      'GET /programmes/{id}/cycle-plan/proposal': () => [admin || pm || persona === 'compliance-lead' ? 422 : 404],
      'GET /programmes/{id}/kpis': () => [admin || pm || persona === 'compliance-lead' ? 200 : 404],
      // Nor has its cycle started: its readers find no cycle, no coverage, an empty timeline and no tasks; its manager
      // cannot start one (no areas) nor steer one (none runs). Only the manager steers, before the body is read.
      'POST /programmes/{id}/cycle': () => [pm ? 422 : 403],
      'GET /programmes/{id}/cycle': () => [404],
      'GET /programmes/{id}/coverage': () => [404],
      'GET /programmes/{id}/cycle/timeline': () => [admin || pm || persona === 'compliance-lead' ? 200 : 404],
      'GET /programmes/{id}/tasks': () => [admin || pm || persona === 'compliance-lead' ? 200 : 404],
      'GET /programmes/{id}/cycle/windows/{windowId}/team-proposal': () => [pm ? 404 : 403],
      'POST /programmes/{id}/cycle/windows/{windowId}/launch': () => [pm ? 409 : 403],
      'POST /programmes/{id}/cycle/windows/{windowId}/skip': () => [pm ? 409 : 403],
      'POST /programmes/{id}/cycle/windows/{windowId}/move': () => [pm ? 409 : 403],
      'POST /programmes/{id}/cycle/windows/{windowId}/split': () => [pm ? 409 : 403],
      'POST /programmes/{id}/cycle/merge': () => [pm ? 409 : 403],
      'POST /programmes/{id}/cycle/decide-gap': () => [pm ? 409 : 403],
      'POST /programmes/{id}/cycle/respond-to-kpi': () => [pm ? 409 : 403],
      'POST /programmes/{id}/cycle/review': () => [pm ? 409 : 403],
      'GET /auditors': () => [200],
      'POST /auditors': () => [admin || pm ? 400 : 403],
      'GET /auditors/{id}': () => [admin || pm ? 200 : 404],
      'GET /auditors/{id}/timeline': () => [admin || pm ? 200 : 404],
      'PATCH /auditors/{id}': () => [admin || pm ? 400 : 403],
      'POST /auditors/{id}/evaluations': () => [admin || pm ? 400 : 403],
      // The matrix's pool auditor is on no audit: nobody is its auditee side, and only the auditor themself or a manager records CPD.
      'POST /auditors/{id}/feedback': () => [403],
      'POST /auditors/{id}/cpd': () => [admin || pm ? 400 : 403],
      'POST /auditors/team-check': () => [admin || pm ? 400 : 403],
      'POST /auditors/team-proposal': () => [admin || pm ? 400 : 403],
      'GET /audits': () => [200],
      'POST /audits': () => [pm ? 400 : 403],
      'GET /tasks': () => [200],
      'GET /tasks/overdue': () => [200],
      'GET /findings': () => [200],
      'GET /corrective-actions': () => [200],
      'GET /admin/stuck-mail': () => [admin ? 200 : 403],
      'POST /admin/stuck-mail/{key}/retry': () => [admin ? 404 : 403],
      'POST /admin/stuck-mail/{key}/discard': () => [admin ? 404 : 403],
      'GET /admin/failed-writes': () => [admin ? 200 : 403],
      // The id placeholder is not a number: a 400 for the admin, who gets past the role check.
      'POST /admin/failed-writes/{id}/retry': () => [admin ? 400 : 403],
      'POST /admin/failed-writes/{id}/discard': () => [admin ? 400 : 403],
    };
    const rule = table[`${method} ${path}`];
    if (!rule) throw new Error(`${method} ${path} is not classified in the authorization matrix: say who may call it`);
    return rule();
  }

  it('answers 401 signed out, 404 for audits a person may not see, 403 for steps not theirs, and 2xx only where allowed', async () => {
    const all = await operations();
    const secured = all.filter((operation) => operation.security?.length);
    expect(secured.length).toBeGreaterThan(60);
    const mismatches: string[] = [];
    let calls = 0;
    for (const persona of PERSONAS) {
      for (const operation of secured) {
        const url = concrete(operation.path);
        const body = ['POST', 'PATCH', 'PUT'].includes(operation.method) ? [] : undefined;
        const answer = await stack.client.request(operation.method, url, emailOf(persona), body);
        calls += 1;
        const allowed = expected(operation, persona);
        if (!allowed.includes(answer.status)) mismatches.push(`${persona} ${operation.method} ${url}: ${answer.status} (expected ${allowed.join(' or ')}) ${JSON.stringify(answer.body).slice(0, 200)}`);
        // A refusal for an audit never says more than that it does not exist.
        if (answer.status === 404 && operation.path.startsWith('/audits/{id}') && !AUDIT_ROLE_PEOPLE[persona as AuditRole]) {
          expect(JSON.stringify(answer.body)).not.toContain(P.auditeeRepresentative.email);
        }
      }
    }
    process.stdout.write(`authorization matrix: ${calls} calls, ${secured.length} operations × ${PERSONAS.length} personas\n`);
    // Each persona's last call signed it out: the next request signs in afresh.
    for (const persona of PERSONAS) if (emailOf(persona) && persona !== 'deactivated') stack.client.forget(emailOf(persona)!);
    expect(mismatches).toEqual([]);
    // Public operations answer without sign-in: the sign-in steps and health (with its liveness and readiness) only.
    const open = all.filter((operation) => !operation.security?.length).map((operation) => operation.path);
    expect(open).toEqual(expect.arrayContaining(['/health', '/health/live', '/health/ready']));
    expect(open.filter((path) => !['/health', '/health/live', '/health/ready'].includes(path) && !path.startsWith('/auth/'))).toEqual([]);
  });

  it('lists nothing of an audit to people outside it, and everything to those in it', async () => {
    const lists = ['/audits', '/tasks', '/findings', '/corrective-actions', '/tasks/overdue', '/programmes'];
    for (const persona of ['outsider', 'other-auditee'] as Persona[]) {
      for (const list of lists) {
        const answer = await stack.client.get(`${list}${list === '/programmes' || list === '/tasks/overdue' ? '' : '?limit=500'}`, emailOf(persona));
        expect({ persona, list, status: answer.status }).toEqual({ persona, list, status: 200 });
        expect({ persona, list, leaked: JSON.stringify(answer.body).includes(ids.auditId) || JSON.stringify(answer.body).includes(ids.programmeId) }).toEqual({ persona, list, leaked: false });
      }
    }
    const theirOwn = await stack.client.get('/audits', OTHER_REP);
    expect(theirOwn.body.items.map((audit: { id: string }) => audit.id)).toEqual([ids.otherAuditId]);
    for (const persona of Object.keys(AUDIT_ROLE_PEOPLE) as AuditRole[]) {
      const listed = await stack.client.get(`/audits?programmeId=${ids.programmeId}`, emailOf(persona));
      expect({ persona, ids: listed.body.items.map((audit: { id: string }) => audit.id) }).toEqual({ persona, ids: [ids.auditId] });
    }
  });

  it('shows the auditee side only what is meant for it', async () => {
    const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };
    await step(stack.client, `/audits/${ids.auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });
    const asRep = await stack.client.get(`/audits/${ids.auditId}`, P.auditeeRepresentative.email);
    const asLead = await stack.client.get(`/audits/${ids.auditId}`, P.teamLeader.email);
    expect(asRep.status).toBe(200);
    expect(asRep.body.openTasks.every((task: { role: string }) => AUDITEE_SIDE.includes(task.role as Persona))).toBe(true);
    expect(asRep.body.evidence).toEqual([]);
    expect(asRep.body.assignments).toEqual([]);
    const repLines = await readTimeline(stack.client, ids.auditId, P.auditeeRepresentative.email);
    const leadLines = await readTimeline(stack.client, ids.auditId, P.teamLeader.email);
    // Part of the team's timeline, none of its working papers.
    expect(repLines.length).toBeGreaterThan(0);
    expect(repLines.length).toBeLessThan(leadLines.length);
    expect(repLines.filter((line) => line.type === 'work.assigned' || line.type === 'plan.drafted')).toEqual([]);
    const teamTask = asLead.body.openTasks.find((task: { role: string }) => task.role === 'team-leader');
    expect(teamTask).toMatchObject({ kind: 'decide-feasibility' });
    expect((await stack.client.get(`/audits/${ids.auditId}/tasks/${teamTask.id}`, P.auditeeRepresentative.email)).status).toBe(404);
    expect((await stack.client.get(`/audits/${ids.auditId}/tasks/${teamTask.id}`, P.teamLeader.email)).status).toBe(200);
    expect(asRep.body.openTasks.map((task: { id: string }) => task.id)).not.toContain(teamTask.id);
  });
});
