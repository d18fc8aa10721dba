import { launchSampleAudit, SAMPLE_PEOPLE as P, step, StepResult } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { readTimeline } from '../support/timeline';

const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };
const lead = { email: P.teamLeader.email, role: 'team-leader' };
const pm = { email: P.programmeManager.email, role: 'programme-manager' };
const DEPUTY = `deputy-${Date.now().toString(36)}@auditee.example`;
const deputy = { email: DEPUTY, role: 'auditee-representative' };

/** The task a step opened. */
const openedTask = (result: StepResult) => result.events.find((event) => event.type === 'task.opened')!.subjectId!;

describe('a delegate of one auditee task, on the real stack', () => {
  const stack = useFullStack();
  const post = (path: string, who: { email: string; role: string }, body: unknown) => stack.client.request('POST', path, who.email, body, { 'x-audit-role': who.role });

  it('acts on that task and reads it and what it is about, nothing else of the audit', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    await step(stack.client, `/audits/${auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });
    await step(stack.client, `/audits/${auditId}/decide-feasibility`, lead, { feasible: true, reason: 'People and records available' });
    const scopeTask = openedTask(await step(stack.client, `/audits/${auditId}/request-documents`, lead, { documents: [{ name: 'ISMS scope' }] }));
    const riskTask = openedTask(await step(stack.client, `/audits/${auditId}/request-documents`, lead, { documents: [{ name: 'Risk treatment plan' }] }));
    await step(stack.client, `/audits/${auditId}/reassign-task`, pm, { taskId: riskTask, assignee: DEPUTY });

    // Another auditee task, and asking to extend it: refused by the workflow's own rule, nothing changed.
    const other = await post(`/audits/${auditId}/supply-document`, deputy, { documentId: 'D-1', reference: 'dms://scope' });
    expect(other.status).toBe(403);
    expect(other.body.message).toContain(`a delegate acts only on the tasks given to them (${riskTask}), and supplyDocument answers none of them`);
    const extension = await post(`/audits/${auditId}/request-extension`, deputy, { taskId: scopeTask, requestedDueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: 'Busy' });
    expect(extension.status).toBe(403);

    // What they read: their task and its document, the audit's definition and phase; none of the rest.
    const detail = await stack.client.get(`/audits/${auditId}`, DEPUTY);
    expect(detail.status).toBe(200);
    expect(detail.body.yourRoles).toEqual(['auditee-representative']);
    expect(detail.body.audit).toMatchObject({ id: auditId, phase: 'preparing' });
    expect(detail.body.openTasks.map((task: { id: string }) => task.id)).toEqual([riskTask]);
    expect(detail.body.documents.map((document: { id: string }) => document.id)).toEqual(['D-2']);
    expect(detail.body.audit.header.contact).toBeUndefined();
    expect(detail.body.audit.header.feasibility).toBeUndefined();
    const about = new Set([riskTask, 'D-2']);
    const timeline = await readTimeline(stack.client, auditId, DEPUTY);
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.filter((entry) => !about.has(entry.subjectId ?? ''))).toEqual([]);
    expect((await stack.client.get(`/audits/${auditId}/tasks/${scopeTask}`, DEPUTY)).status).toBe(404);
    expect((await stack.client.get(`/audits/${auditId}/tasks/${riskTask}`, DEPUTY)).status).toBe(200);
    expect((await stack.client.get(`/tasks?auditId=${auditId}`, DEPUTY)).body.items.map((task: { id: string }) => task.id)).toEqual([riskTask]);
    expect((await stack.client.get(`/audits/${auditId}/live-state`, DEPUTY)).status).toBe(403);
    expect((await stack.client.get('/audits?limit=500', DEPUTY)).body.items.map((audit: { id: string }) => audit.id)).toEqual([auditId]);

    // Their own task they do; the representative still does the rest.
    expect((await post(`/audits/${auditId}/supply-document`, deputy, { documentId: 'D-2', reference: 'dms://risk' })).status).toBe(200);
    expect((await stack.client.get(`/audits/${auditId}/tasks/${riskTask}`, DEPUTY)).body.state).toBe('done');
    expect((await post(`/audits/${auditId}/supply-document`, rep, { documentId: 'D-1', reference: 'dms://scope' })).status).toBe(200);
    const asRep = await stack.client.get(`/audits/${auditId}`, P.auditeeRepresentative.email);
    expect(asRep.body.documents.map((document: { id: string; supplied?: { by: string } }) => [document.id, document.supplied?.by])).toEqual([
      ['D-1', P.auditeeRepresentative.email],
      ['D-2', DEPUTY],
    ]);
  });
});
