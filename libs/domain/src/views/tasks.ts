import { z } from 'zod';
import { AUDIT_PHASES } from '../phases';
import { AUDIT_ROLES } from '../roles';
import { TASK_KINDS, TASK_STATES } from '../tasks/task';

// What the API answers about tasks: one definition for the read model's types, the OpenAPI document (and so the
// web app's generated types) and the tests that check answers against it. Strict: an undocumented field fails.

const timestamp = z.string().describe('ISO 8601 timestamp');

export const extensionRequestViewSchema = z.strictObject({
  requestedBy: z.string(),
  requestedAt: timestamp,
  requestedDueAt: timestamp,
  reason: z.string(),
  decisionTaskId: z.string().describe('the task opened for whoever decides'),
});

/** A task as the read model knows it. */
export const taskViewSchema = z.strictObject({
  auditId: z.string(),
  id: z.string(),
  workflowId: z.string().describe("the audit's workflow, or the corrective action's for its tasks"),
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  assignee: z.string(),
  role: z.enum(AUDIT_ROLES),
  subjectId: z.string().optional().describe('what the task is about: a finding, document request, meeting, report version or another task'),
  dueAt: timestamp,
  dueVersion: z.number().int(),
  state: z.enum(TASK_STATES),
  escalationLevel: z.number().int().describe('escalation rungs fired for the current due date'),
  extension: extensionRequestViewSchema.optional(),
  createdAt: timestamp,
  closedAt: timestamp.optional(),
  updatedAt: timestamp,
  overdue: z.boolean().describe('active and past its due date at the moment of the query'),
  remindersSent: z.number().int().describe('reminder mails sent for this task, over all its due dates'),
  reassignedFrom: z.string().optional().describe('whose task it was before its last reassignment'),
});
export type TaskView = z.infer<typeof taskViewSchema>;

/** A task with what a task list needs to know about its audit. */
export const taskListItemSchema = taskViewSchema.extend({
  auditTitle: z.string(),
  auditPhase: z.enum(AUDIT_PHASES),
  programmeId: z.string(),
  auditeeUnit: z.string(),
});
export type TaskListItem = z.infer<typeof taskListItemSchema>;
