import { Client, Connection } from '@temporalio/client';
import { launchSampleAudit, SAMPLE_PEOPLE as P, sampleLaunch } from '@auditflow/samples';
import { recordHistories } from '../support/replay-fixtures';
import { AuditeeUnitKey, AuditNextDueAtKey } from '@auditflow/workflows/client';
import { useFullStack } from '../support/full-stack';
import { eventually, testTemporalAddress } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

const as = (person: { email: string }, role: string) => ({ email: person.email, role });
const rep = as(P.auditeeRepresentative, 'auditee-representative');
const lead = as(P.teamLeader, 'team-leader');
const PM = P.programmeManager.email;
/** The field a 4xx answer names. */
const fieldOf = (body: { field?: string; violations?: { field: string }[] }) => body.violations?.[0]?.field ?? body.field;

describe('audit rules at the HTTP edge', () => {
  const stack = useFullStack();
  /** Reads as the programme manager; steps as the signed-in person in the named role; `anonymous` without sign-in. */
  const client = () => ({
    get: (path: string) => stack.client.get(path, PM),
    post: (path: string, body: unknown, who?: { email: string; role: string }) =>
      stack.client.request('POST', path, who?.email, body, who ? { 'x-audit-role': who.role } : {}),
  });

  /** What a refused request must leave untouched: the read model and the workflow's own state. */
  async function snapshot(auditId: string) {
    const detail = await client().get(`/audits/${auditId}`);
    const live = await client().get(`/audits/${auditId}/live-state`);
    return { timeline: await readTimeline(stack.client, auditId, PM), phase: detail.body.audit.phase, tasks: detail.body.openTasks, live: live.body };
  }

  it('cancels an infeasible audit with its reason, and refuses anything after that with 409', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    expect((await client().post(`/audits/${auditId}/acknowledge-contact`, { channels: ['e-mail'], confidentialityAgreed: true }, rep)).status).toBe(200);
    const decided = await client().post(`/audits/${auditId}/decide-feasibility`, { feasible: false, reason: 'Key staff on leave for the whole quarter' }, lead);
    expect(decided.status).toBe(200);
    expect(decided.body.phase).toBe('cancelled');

    const detail = await client().get(`/audits/${auditId}`);
    expect(detail.body.audit.phase).toBe('cancelled');
    expect(detail.body.audit.cancellationReason).toContain('Key staff on leave');
    expect(detail.body.openTasks).toEqual([]);

    const after = await client().post(`/audits/${auditId}/request-documents`, { documents: [{ name: 'SoA' }] }, lead);
    expect(after.status).toBe(409);
    expect(after.body.message).toContain('cancelled');
    await recordHistories({ 'audit-cancelled-infeasible': `audit-${auditId}` });
  });

  it('answers wrong-phase, wrong-role and invalid actions with 409, 403, 400 and 422 without changing anything', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    // Let the first mail go out, so that nothing legitimate changes the audit during the checks.
    const before = await eventually(async () => {
      const current = await snapshot(auditId);
      expect(current.timeline.map((entry: { type: string }) => entry.type)).toContain('notification.sent');
      return current;
    });

    const wrongPhase = await client().post(`/audits/${auditId}/record-finding`, { grade: 'observation', criterion: '9.2', statement: 'x' }, as(P.auditor, 'auditor'));
    expect(wrongPhase.status).toBe(409);
    expect(wrongPhase.body.message).toMatch(/not allowed while the audit is initiating.*conducting/);

    const wrongRole = await client().post(`/audits/${auditId}/decide-feasibility`, { feasible: true, reason: 'fine' }, rep);
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.message).toContain('auditee representative may not decideFeasibility');

    const impostor = await client().post(`/audits/${auditId}/decide-feasibility`, { feasible: true, reason: 'fine' }, as(P.auditor, 'team-leader'));
    expect(impostor.status).toBe(403);
    expect(impostor.body.message).toContain('you are not the team leader of this audit');

    const malformed = await client().post(`/audits/${auditId}/acknowledge-contact`, { channels: [], confidentialityAgreed: 'yes' }, rep);
    expect(malformed.status).toBe(400);
    expect(malformed.body.violations.map((violation: { field: string }) => violation.field)).toEqual(expect.arrayContaining(['channels', 'confidentialityAgreed']));

    const unknownMember = await client().post(`/audits/${auditId}/acknowledge-contact`, { channels: ['e-mail'], confidentialityAgreed: true, objections: [{ memberEmail: 'nobody@x.example', reason: 'who?' }] }, rep);
    expect(unknownMember.status).toBe(422);
    expect(unknownMember.body.violations[0].field).toBe('objections.0.memberEmail');

    const anonymous = await client().post(`/audits/${auditId}/acknowledge-contact`, { channels: ['e-mail'], confidentialityAgreed: true });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');

    expect(await snapshot(auditId)).toEqual(before);
  });

  it('refuses text that is not well-formed with 400 naming the field, and the audit takes its next step', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    const before = await eventually(async () => {
      const current = await snapshot(auditId);
      expect(current.timeline.map((entry: { type: string }) => entry.type)).toContain('notification.sent');
      return current;
    });
    for (const [note, problem] of [['x\ud800y', 'lone UTF-16 high surrogate'], ['before\u0000after', 'U+0000'], ['bell\u0007', 'U+0007']] as const) {
      const refused = await client().post(`/audits/${auditId}/acknowledge-contact`, { channels: ['e-mail'], confidentialityAgreed: true, note }, rep);
      expect(refused.status).toBe(400);
      expect(refused.body.violations).toEqual([{ field: 'note', rule: 'well-formed-text', message: expect.stringContaining(problem) }]);
    }
    const badQuery = await client().get(`/audits?auditeeUnit=${encodeURIComponent('IT\u0000')}`);
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.violations[0].field).toBe('query.auditeeUnit');
    expect(await snapshot(auditId)).toEqual(before);

    const accepted = await client().post(`/audits/${auditId}/acknowledge-contact`, { channels: ['e-mail'], confidentialityAgreed: true, note: 'Tabs\tand\r\nline breaks stay 👍' }, rep);
    expect(accepted.status).toBe(200);
  });

  it('finds an audit by its id in any letter case, for reads and steps alike', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    const upper = auditId.toUpperCase();
    const read = await client().get(`/audits/${upper}`);
    expect(read.status).toBe(200);
    expect(read.body.audit.id).toBe(auditId);
    const acted = await client().post(`/audits/${upper}/acknowledge-contact`, { channels: ['e-mail'], confidentialityAgreed: true }, rep);
    expect(acted.status).toBe(200);
    expect(acted.body.auditId).toBe(auditId);
  });

  it('answers 404 for an unknown audit or action, and 400 or 422 for a launch that breaks independence, naming the field', async () => {
    expect((await client().get('/audits/4b0a1f0e-0000-4000-8000-000000000000')).status).toBe(404);
    const { auditId, programmeId } = await launchSampleAudit(stack.client);
    const unknownAction = await client().post(`/audits/${auditId}/sign-off`, {}, lead);
    expect(unknownAction.status).toBe(404);
    expect(unknownAction.body.message).toContain('sign-off');

    const launch = sampleLaunch(programmeId);
    const ownUnit = await client().post('/audits', { ...launch, team: [{ ...launch.team[0], unit: launch.auditee.unit }] }, as(P.programmeManager, 'programme-manager'));
    expect(ownUnit.status).toBe(400);
    expect(ownUnit.body.violations[0]).toMatchObject({ field: 'team.0.unit' });
    expect(ownUnit.body.message).toContain('independence');

    // A member who declares no unit is checked against the unit the auditor pool holds for them.
    const pooled = { email: `pooled-${Date.now()}@auditflow.example`, name: 'Pat Pooled' };
    expect((await client().post('/auditors', { ...pooled, unit: launch.auditee.unit }, as(P.programmeManager, 'programme-manager'))).status).toBe(201);
    const fromThePool = await client().post('/audits', { ...launch, team: [...launch.team, { ...pooled, role: 'auditor' }] }, as(P.programmeManager, 'programme-manager'));
    expect(fromThePool.status).toBe(422);
    expect(fromThePool.body.violations?.[0]?.field ?? fromThePool.body.field).toBe(`team.${launch.team.length}.unit`);
    expect(fromThePool.body.message).toContain('may not audit their own unit');
    expect((await client().get(`/audits?programmeId=${programmeId}`)).body.total).toBe(1);
  });

  it('launches a team with gaps only with the programme manager’s recorded justification, and records it on the timeline', async () => {
    const { programmeId } = await launchSampleAudit(stack.client);
    const launch = sampleLaunch(programmeId);
    const pm = as(P.programmeManager, 'programme-manager');
    const stranger = { email: `stranger-${Date.now()}@auditflow.example`, name: 'Sam Stranger', role: 'auditor' as const };

    const outsidePool = await client().post('/audits', { ...launch, team: [...launch.team, stranger] }, pm);
    expect(outsidePool.status).toBe(422);
    expect(fieldOf(outsidePool.body)).toBe('gapJustification.outsidePool');
    expect(outsidePool.body.message).toContain(stranger.email);

    // A leader the pool does not record as qualified to lead is a gap of its own.
    const unqualifiedLeader = await client().post('/audits', { ...launch, team: [{ ...P.auditor, role: 'team-leader' }, { ...P.teamLeader, role: 'auditor' }, launch.team[2]] }, pm);
    expect(unqualifiedLeader.status).toBe(422);
    expect(fieldOf(unqualifiedLeader.body)).toBe('gapJustification.leaderNotQualified');

    // Own work declared in the pool counts like own work declared on the launch.
    const builder = { email: `builder-${Date.now()}@auditflow.example`, name: 'Bo Builder', unit: 'Platform' };
    expect((await client().post('/auditors', { ...builder, competences: ['it-in-business'], ownWork: [{ subject: 'Access management', from: '2025-01-01' }] }, pm)).status).toBe(201);
    const ownWork = await client().post('/audits', { ...launch, team: [...launch.team, { ...builder, role: 'auditor' }] }, pm);
    expect(ownWork.status).toBe(422);
    expect(fieldOf(ownWork.body)).toBe(`team.${launch.team.length}.ownWork`);

    const justified = await client().post('/audits', { ...launch, team: [...launch.team, stranger], gapJustification: { outsidePool: 'External logging specialist under contract' } }, pm);
    expect(justified.status).toBe(201);
    expect(justified.body.teamCheck.unknown).toEqual([stranger.email]);
    const timeline = await eventually(async () => {
      const lines = await readTimeline(stack.client, justified.body.id, PM);
      expect(lines.map((event) => event.type)).toContain('team.gaps-justified');
      return lines;
    });
    expect(timeline.find((event) => event.type === 'team.gaps-justified')!.summary).toContain('External logging specialist under contract');
  });

  it('lists audits by phase and programme, and a person’s inbox of tasks', async () => {
    const { auditId, programmeId } = await launchSampleAudit(stack.client);
    const listed = await client().get(`/audits?programmeId=${programmeId}&phase=initiating`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((audit: { id: string }) => audit.id)).toEqual([auditId]);
    const inbox = await eventually(async () => {
      const answer = await client().get(`/tasks?assignee=${encodeURIComponent(P.auditeeRepresentative.email)}&auditId=${auditId}`);
      expect(answer.body.items).toHaveLength(1);
      return answer;
    });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'acknowledge-contact', state: 'open', assignee: P.auditeeRepresentative.email });
    expect(Date.parse(inbox.body.items[0].dueAt)).toBeGreaterThan(Date.now());

    // The same audit can be found in Temporal by its search attributes.
    const connection = await Connection.connect({ address: testTemporalAddress() });
    try {
      const found = await eventually(async () => {
        const executions = [];
        for await (const execution of new Client({ connection }).workflow.list({ query: `AuditProgramme = "${programmeId}" AND AuditPhase = "initiating"` })) executions.push(execution);
        expect(executions).toHaveLength(1);
        return executions[0]!;
      });
      expect(found.workflowId).toBe(`audit-${auditId}`);
      expect(found.typedSearchAttributes.get(AuditeeUnitKey)).toBe('IT Operations');
      expect(found.typedSearchAttributes.get(AuditNextDueAtKey)?.toISOString()).toBe(inbox.body.items[0].dueAt);
    } finally {
      await connection.close();
    }
  });
});
