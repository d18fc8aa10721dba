import { z } from 'zod';
import { AUDIT_PHASES, PROGRAMME_RUN_STATUSES, TASK_KINDS, TASK_STATES } from '@auditflow/domain';
import { cyclePlanViewSchema, scopeItemsViewSchema } from '../programmes/programme.dto';
import { teamCheckViewSchema } from '../auditors/auditor.dto';

const itemStatusSchema = z.object({
  id: z.string(),
  status: z.enum(['audited', 'planned', 'gap']).describe('audited by a finished audit of the cycle; planned in a window still to come or under way; a gap the rest of the cycle leaves open'),
  plannedIn: z.array(z.string()).describe('planned windows covering it'),
  auditedIn: z.array(z.string()).describe('windows whose finished audit audited it'),
});

/** GET /programmes/{id}/coverage: each applicable clause and control, planned or done. */
export const programmeCoverageViewSchema = z.object({
  programmeId: z.uuid(),
  status: z.enum(PROGRAMME_RUN_STATUSES),
  clauses: z.array(itemStatusSchema),
  controls: z.array(itemStatusSchema),
  percentOfPlan: z.number().describe('applicable items audited, of those the plan covers (0–100)'),
  percentOfCycle: z.number().describe('applicable items audited, of all the cycle must cover (0–100)'),
  gaps: scopeItemsViewSchema,
});

const windowProgressSchema = z.object({
  windowId: z.string(),
  launchTaskId: z.string().optional(),
  auditId: z.string().optional(),
  launchedAt: z.string().optional(),
  missedAt: z.string().optional().describe('the window closed with neither a launch nor a skip'),
  outcome: z.object({ phase: z.string(), finishedAt: z.string(), audited: scopeItemsViewSchema }).optional(),
});

/** GET /programmes/{id}/cycle: the programme's running cycle as its workflow last recorded it. */
export const programmeCycleViewSchema = z.object({
  programmeId: z.uuid(),
  programmeVersion: z.number().int().describe('the approved version the cycle runs on'),
  status: z.enum(PROGRAMME_RUN_STATUSES),
  plan: cyclePlanViewSchema,
  windows: z.array(windowProgressSchema).describe('the windows something happened in: a launch task, an audit, a miss'),
  gaps: z.array(z.object({ taskId: z.string(), raisedAt: z.string(), items: scopeItemsViewSchema, decision: z.string().optional() })),
  reviews: z.array(
    z.object({
      taskId: z.string(),
      openedAt: z.string(),
      recordedAt: z.string().optional(),
      recordedBy: z.string().optional(),
      kpis: z.record(z.string(), z.unknown()).optional().describe('the monitoring figures (GET /programmes/{id}/kpis) when the review was recorded'),
      lessonsLearned: z.array(z.string()).optional(),
      riskTreatmentEffectiveness: z.string().optional(),
      auditorDevelopment: z.string().optional(),
      decisions: z.array(z.string()).optional(),
    }),
  ),
  nextReviewAt: z.string(),
  updatedAt: z.string(),
});

export const programmeTaskViewSchema = z.object({
  id: z.string(),
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  assignee: z.string(),
  subjectId: z.string().optional().describe('the window a launch task is for'),
  dueAt: z.string(),
  state: z.enum(TASK_STATES),
  overdue: z.boolean(),
  escalationLevel: z.number().int(),
  createdAt: z.string(),
  closedAt: z.string().optional(),
});

export const programmeStepResultSchema = z.object({
  programmeId: z.uuid(),
  status: z.enum(PROGRAMME_RUN_STATUSES),
  events: z.array(z.object({ type: z.string(), summary: z.string(), subjectId: z.string().optional() })),
});

export const windowLaunchedSchema = z.object({ id: z.uuid(), phase: z.enum(AUDIT_PHASES), windowId: z.string(), teamCheck: teamCheckViewSchema });

export const programmeCycleEventSchema = z.object({
  seq: z.number().int(),
  type: z.string().describe('cycle.started, window.launched, window.skipped, window.missed, window.audit-finished, coverage.gap, review.due, task.opened, task.escalated, cycle.completed …'),
  summary: z.string(),
  actor: z.string().optional(),
  subjectId: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  occurredAt: z.string(),
});
