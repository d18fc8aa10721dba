import { z } from 'zod';
import { onFirstUse } from '../on-first-use';
import { Change } from '../tasks/change';
import type { Outcome } from './lifecycle';
import { AuditState } from './state';

/**
 * Who says a follow-up closed: the follow-up workflow's id and the id of its first run, which Temporal keeps across
 * continue-as-new and which the audit was given when it started that workflow.
 */
const followUpSenderSchema = onFirstUse(() => z.object({ workflowId: z.string().min(1).max(500), runId: z.string().min(1).max(100) }));
export type FollowUpSender = z.infer<ReturnType<typeof followUpSenderSchema>>;

/** What a refused message claimed, cut short: it comes from outside the rules and goes on the timeline. */
function claimed(value: unknown): string {
  return String(value).slice(0, 100);
}

/**
 * Why a message that the follow-up of `findingId` closed is refused, or undefined when it may close it: only the
 * follow-up workflow the audit started for that finding may say so (its workflow id and the first run id the audit
 * was given as `startedRunId`), not a client that merely names a finding.
 */
export function followUpClosedRefusal(state: AuditState, findingId: string, sender: unknown, startedRunId: string | undefined): string | undefined {
  const followUp = state.followUps.find((candidate) => candidate.findingId === findingId);
  if (!followUp || startedRunId === undefined) return `the audit started no follow-up of finding ${claimed(findingId)}`;
  const parsed = followUpSenderSchema().safeParse(sender);
  if (!parsed.success) return 'the message does not name the follow-up workflow that sent it';
  if (parsed.data.workflowId !== followUp.workflowId || parsed.data.runId !== startedRunId) {
    return `it was sent by ${claimed(parsed.data.workflowId)} (run ${claimed(parsed.data.runId)}), not by the follow-up of ${findingId} that the audit started`;
  }
  return undefined;
}

/** A refused message changes nothing, but it is kept on the timeline so that a stray or forged one is seen. */
export function refuseFollowUpClosed(state: AuditState, findingId: string, reason: string, now: string): Outcome {
  const change = new Change(state, now);
  change.record({
    type: 'follow-up.close-refused',
    summary: `A message that the follow-up of ${claimed(findingId)} closed was ignored: ${reason}`,
    subjectId: claimed(findingId),
    data: { reason },
  });
  return { state: change.state, events: change.events };
}
