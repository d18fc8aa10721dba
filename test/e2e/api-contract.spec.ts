// The answers of the read endpoints match the schemas the OpenAPI document (and so the web app's generated types)
// gives them. The schemas are strict: a field the API answers but does not document fails, as does a missing one.
import { z } from 'zod';
import {
  auditDetailAnswerSchema,
  auditStateViewSchema,
  auditSummarySchema,
  correctiveActionPageSchema,
  findingListItemSchema,
  overdueDigestSchema,
  pageSchema,
  taskListItemSchema,
  timelinePageSchema,
} from '@auditflow/domain';
import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';

function conforms(schema: z.ZodTypeAny, body: unknown): string[] {
  const result = schema.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('read answers match their documented schemas', () => {
  const stack = useFullStack();

  it('for audit lists, task lists and a single task, as staff and as the auditee', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    const inbox = await eventually(async () => {
      const answer = await stack.client.get(`/tasks?auditId=${auditId}`, P.programmeManager.email);
      expect(answer.body.items.length).toBeGreaterThan(0);
      return answer;
    });
    expect(inbox.status).toBe(200);
    expect(conforms(pageSchema(taskListItemSchema), inbox.body)).toEqual([]);

    const task = await stack.client.get(`/audits/${auditId}/tasks/${inbox.body.items[0].id}`, P.programmeManager.email);
    expect(task.status).toBe(200);
    expect(conforms(taskListItemSchema, task.body)).toEqual([]);

    for (const person of [P.programmeManager.email, P.auditeeRepresentative.email]) {
      const audits = await stack.client.get(`/audits?programmeId=${inbox.body.items[0].programmeId}`, person);
      expect({ person, status: audits.status, count: audits.body.items?.length }).toEqual({ person, status: 200, count: 1 });
      expect(conforms(pageSchema(auditSummarySchema), audits.body)).toEqual([]);
    }
  });

  it('for the audit detail, the live state, findings, corrective actions and overdue tasks, through a whole audit', async () => {
    const { auditId, programmeId } = await launchSampleAudit(stack.client);
    const http = new HttpAuditPort(stack.client, auditId);
    // The workflow's own state is read once the audit has everything but its follow-ups: report, meetings, findings.
    let liveState: { status: number; body: unknown } | undefined;
    const port: AuditPort = {
      act: (action, actor, payload) => http.act(action, actor, payload),
      followUp: async (findingId, action, actor, payload) => {
        liveState ??= await stack.client.get(`/audits/${auditId}/live-state`, P.teamLeader.email);
        return http.followUp(findingId, action, actor, payload);
      },
    };
    const { major, minor } = await runSampleAudit(port);
    expect(liveState?.status).toBe(200);
    expect(conforms(auditStateViewSchema, liveState?.body)).toEqual([]);
    expect(liveState?.body).toMatchObject({ phase: 'following-up', findings: expect.arrayContaining([expect.objectContaining({ id: major })]) });

    const closed = await eventually(async () => {
      const answer = await stack.client.get(`/audits/${auditId}`, P.programmeManager.email);
      expect(answer.body.audit?.phase).toBe('closed');
      return answer;
    });
    expect(conforms(auditDetailAnswerSchema, closed.body)).toEqual([]);
    expect(closed.body.yourRoles).toEqual(['programme-manager']);
    for (const key of ['documents', 'plans', 'assignments', 'checklist', 'evidence', 'findings', 'meetings', 'reports', 'followUps', 'correctiveActions'] as const) {
      expect({ key, empty: closed.body[key].length === 0 }).toEqual({ key, empty: false });
    }
    const auditee = await stack.client.get(`/audits/${auditId}`, P.auditeeRepresentative.email);
    expect(auditee.status).toBe(200);
    expect(conforms(auditDetailAnswerSchema, auditee.body)).toEqual([]);
    expect(auditee.body).toMatchObject({ yourRoles: ['auditee-representative'], evidence: [], assignments: [] });
    for (const reader of [P.programmeManager.email, P.auditeeRepresentative.email]) {
      const page = await stack.client.get(`/audits/${auditId}/timeline?limit=20`, reader);
      expect({ reader, status: page.status, conforms: conforms(timelinePageSchema, page.body), items: page.body.items?.length }).toEqual({ reader, status: 200, conforms: [], items: 20 });
    }

    const findings = await stack.client.get(`/findings?programmeId=${programmeId}`, P.complianceLead.email);
    expect({ status: findings.status, total: findings.body.total }).toEqual({ status: 200, total: 3 });
    expect(conforms(pageSchema(findingListItemSchema), findings.body)).toEqual([]);

    const actions = await stack.client.get(`/corrective-actions?programmeId=${programmeId}`, P.complianceLead.email);
    expect(actions.status).toBe(200);
    expect(conforms(correctiveActionPageSchema, actions.body)).toEqual([]);
    expect(actions.body.total).toBe(2);
    const action = (findingId: string) => actions.body.items.find((item: { findingId: string }) => item.findingId === findingId);
    expect(action(major)).toMatchObject({ grade: 'major-nonconformity', status: 'closed', round: 2, ageDays: 0, escalationLevel: 0, overdue: false, auditId });
    expect(action(minor)).toMatchObject({ grade: 'minor-nonconformity', status: 'closed', round: 1, ageDays: 0, escalationLevel: 0, overdue: false, auditId });
    expect(actions.body.ageing).toEqual([
      { fromDays: 0, untilDays: 30, major: 1, minor: 1 },
      { fromDays: 30, untilDays: 60, major: 0, minor: 0 },
      { fromDays: 60, untilDays: 90, major: 0, minor: 0 },
      { fromDays: 90, major: 0, minor: 0 },
    ]);
    const majors = await stack.client.get(`/corrective-actions?programmeId=${programmeId}&grade=major-nonconformity`, P.complianceLead.email);
    expect(majors.body.items.map((item: { findingId: string }) => item.findingId)).toEqual([major]);
    expect(majors.body.ageing[0]).toEqual({ fromDays: 0, untilDays: 30, major: 1, minor: 0 });
  });

  it('for the overdue tasks of each compliance lead', async () => {
    const { auditId } = await launchSampleAudit(stack.client, { contactAcknowledgementWithin: 'PT1S' });
    const digests = await eventually(async () => {
      const answer = await stack.client.get('/tasks/overdue', P.complianceLead.email);
      expect(answer.body.flatMap((digest: { tasks: { auditId: string }[] }) => digest.tasks.map((task) => task.auditId))).toContain(auditId);
      return answer;
    });
    expect(digests.status).toBe(200);
    expect(conforms(z.array(overdueDigestSchema), digests.body)).toEqual([]);
  });

  it('refuses a malformed filter of the corrective actions, naming it', async () => {
    const answer = await stack.client.get('/corrective-actions?grade=observation', P.complianceLead.email);
    expect(answer.status).toBe(400);
    expect(answer.body.violations).toEqual([expect.objectContaining({ field: expect.stringMatching(/^query\.grade/) })]);
  });

  it('would notice an undocumented field', () => {
    const extra = { items: [], total: 0, limit: 100, offset: 0, surprise: true };
    expect(conforms(pageSchema(auditSummarySchema), extra)).toEqual([': Unrecognized key: "surprise"']);
  });
});
