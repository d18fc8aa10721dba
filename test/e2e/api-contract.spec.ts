// The answers of the read endpoints match the schemas the OpenAPI document (and so the web app's generated types)
// gives them. The schemas are strict: a field the API answers but does not document fails, as does a missing one.
import { z } from 'zod';
import { auditSummarySchema, pageSchema, taskListItemSchema } from '@auditflow/domain';
import { launchSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
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

  it('would notice an undocumented field', () => {
    const extra = { items: [], total: 0, limit: 100, offset: 0, surprise: true };
    expect(conforms(pageSchema(auditSummarySchema), extra)).toEqual([': Unrecognized key: "surprise"']);
  });
});
