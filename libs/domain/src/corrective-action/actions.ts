import { z } from 'zod';
import { PayloadDraft, payloadsOnFirstUse } from '../payloads-on-first-use';
import { extensionDecisionSchema, extensionRequestSchema, reassignmentSchema } from '../tasks/task-action-schemas';
import { AuditRole } from '../roles';
import { shortText, text, timestamp } from '../schemas';
import { CorrectiveActionStatus } from './state';
import { verifyEffectivenessSchema } from './verification-payload';

export interface FollowUpActionSpec<S extends z.ZodTypeAny = z.ZodTypeAny> {
  summary: string;
  states: readonly CorrectiveActionStatus[];
  roles: readonly AuditRole[];
  payload: S;
}

/** The states in which a follow-up task may be waiting on someone. */
const OPEN_STATES: readonly CorrectiveActionStatus[] = ['awaiting-plan', 'plan-submitted', 'implementing', 'evidence-submitted', 'rechecking'];

/** Human steps of one nonconformity's follow-up (ISO 19011 6.7). */
export const FOLLOW_UP_ACTIONS = payloadsOnFirstUse({
  submitActionPlan: {
    summary: 'Auditee submits the correction, root cause and corrective action plan',
    states: ['awaiting-plan'],
    roles: ['auditee-representative'],
    payload: () => z.object({
      correction: text.optional(),
      rootCause: text,
      actionPlan: text,
      plannedCompletion: timestamp.optional().describe("when the corrective action will be implemented: once the plan is accepted, the implementation deadline (at most the grade's maxImplementation away)"),
    }),
  },
  reviewActionPlan: {
    summary: 'Team leader accepts the plan or returns it with a reason',
    states: ['plan-submitted'],
    roles: ['team-leader'],
    payload: () => z.object({ accept: z.boolean(), reason: text.optional() }),
  },
  submitImplementationEvidence: {
    summary: 'Auditee delivers evidence that the corrective action is implemented',
    states: ['implementing'],
    roles: ['auditee-representative'],
    payload: () => z.object({ description: text, references: z.array(shortText).default([]) }),
  },
  verifyEffectiveness: {
    summary: 'The verifier (or team leader) verifies effectiveness now, or defers the check to a date or to the next audit of the area',
    states: ['evidence-submitted', 'verification-deferred', 'rechecking'],
    roles: ['auditor', 'team-leader'],
    payload: verifyEffectivenessSchema,
  },
  requestExtension: {
    summary: 'The assignee of a follow-up task asks for a later due date',
    states: OPEN_STATES,
    roles: ['auditee-representative', 'team-leader', 'auditor', 'programme-manager'],
    payload: extensionRequestSchema,
  },
  decideExtension: {
    summary: "Team leader (the programme manager for the team leader's tasks, the compliance lead for the programme manager's) approves or refuses an extension request",
    states: OPEN_STATES,
    roles: ['team-leader', 'programme-manager', 'compliance-lead'],
    payload: extensionDecisionSchema,
  },
  reassignTask: {
    summary: 'Give an open follow-up task to another person',
    states: OPEN_STATES,
    roles: ['team-leader', 'programme-manager'],
    payload: reassignmentSchema,
  },
} satisfies Record<string, PayloadDraft<FollowUpActionSpec>>);

export type FollowUpActionName = keyof typeof FOLLOW_UP_ACTIONS;
export type FollowUpActionPayload<A extends FollowUpActionName> = z.output<(typeof FOLLOW_UP_ACTIONS)[A]['payload']>;
export const FOLLOW_UP_ACTION_NAMES = Object.keys(FOLLOW_UP_ACTIONS) as FollowUpActionName[];
