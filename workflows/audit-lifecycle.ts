import {
  allHandlersFinished,
  condition,
  continueAsNew,
  ParentClosePolicy,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
  WorkflowIdReusePolicy,
} from '@temporalio/workflow';
import {
  AUDIT_ACTION_NAMES,
  AuditActionName,
  AuditDefinition,
  AuditSettings,
  AuditState,
  closeFollowUp,
  diffAudit,
  isFinished,
  nextAuditWakeUp,
  performAuditAction,
  startAudit,
  tickAuditClock,
  auditPeople,
  teamLeader,
  earliestDue,
} from '../libs/domain/src';
import type { Outcome } from '../libs/domain/src/audit/lifecycle';
import type { CorrectiveActionInput } from '../libs/domain/src/corrective-action/state';
import { correctiveActionFollowUp } from './corrective-action-follow-up';
import { ActionRequest, ActionResult, auditActionUpdate, auditRecordedUpdate, auditStateQuery, followUpClosedSignal } from './definitions';
import { enforce } from './shared/failures';
import { ProgressRecorder } from './shared/progress-recorder';
import { AuditeeUnitKey, AuditNextDueAtKey, AuditPhaseKey, AuditProgrammeKey } from './shared/search-attributes';

export interface AuditLifecycleInput {
  definition: AuditDefinition;
  settings: AuditSettings;
  /** Set when the workflow continued as new: the state and counters it carries on with. */
  carried?: { state: AuditState; seq: number; startedFollowUps: string[] };
}

export interface AuditLifecycleResult {
  auditId: string;
  phase: AuditState['phase'];
}

const now = () => new Date().toISOString();

/**
 * One ISMS audit, ISO 19011 clauses 6.2 to 6.7. People drive it through Updates (one per action, validated by the
 * shared rules before anything is written); a single loop sleeps until the next reminder, deadline or escalation.
 */
export async function auditLifecycle(input: AuditLifecycleInput): Promise<AuditLifecycleResult> {
  const { workflowId } = workflowInfo();
  const auditId = input.definition.auditId;
  let state: AuditState;
  let version = 0;
  const startedFollowUps = new Set(input.carried?.startedFollowUps ?? []);
  const recorder = new ProgressRecorder(workflowId, auditId, input.carried?.seq ?? 1);

  const apply = (before: AuditState | undefined, outcome: Outcome): Promise<void> => {
    state = outcome.state;
    version += 1;
    const nextDueAt = earliestDue(state.tasks);
    upsertSearchAttributes([
      { key: AuditPhaseKey, value: state.phase },
      { key: AuditNextDueAtKey, value: nextDueAt === undefined ? null : new Date(nextDueAt) },
    ]);
    return recorder.record(state.phase, outcome.events, diffAudit(before, state, nextDueAt));
  };

  let firstStep: Promise<void>;
  if (input.carried) {
    state = input.carried.state;
    firstStep = Promise.resolve();
  } else {
    upsertSearchAttributes([
      { key: AuditProgrammeKey, value: input.definition.programmeId },
      { key: AuditeeUnitKey, value: input.definition.auditee.unit },
    ]);
    firstStep = apply(undefined, startAudit(input.definition, input.settings, now()));
  }
  state = state!;

  setHandler(auditStateQuery, () => state);
  setHandler(auditRecordedUpdate, async () => {
    await firstStep;
    return { phase: state.phase, events: [] };
  });
  for (const action of AUDIT_ACTION_NAMES) {
    setHandler(
      auditActionUpdate(action),
      async (request: ActionRequest): Promise<ActionResult> => {
        const before = state;
        const outcome = enforce(() => performAuditAction(before, action, request.actor, request.payload, now()));
        await apply(before, outcome);
        return { phase: outcome.state.phase, events: outcome.events.map(({ type, summary, subjectId }) => ({ type, summary, subjectId })) };
      },
      { validator: (request: ActionRequest) => void enforce(() => performAuditAction(state, action as AuditActionName, request.actor, request.payload, now())) },
    );
  }
  setHandler(followUpClosedSignal, async (findingId: string) => {
    const before = state;
    if (before.followUps.find((followUp) => followUp.findingId === findingId)?.state !== 'open') return;
    await apply(before, closeFollowUp(before, findingId, now()));
  });

  while (!isFinished(state.phase)) {
    await startFollowUps(state, startedFollowUps);
    const seen = version;
    const wakeUp = nextAuditWakeUp(state);
    const changed = () => version !== seen || workflowInfo().continueAsNewSuggested;
    const woken = wakeUp === undefined ? (await condition(changed), true) : await condition(changed, Math.max(wakeUp - Date.now(), 1));
    if (!woken) {
      const before = state;
      await apply(before, tickAuditClock(before, now()));
    }
    if (workflowInfo().continueAsNewSuggested && !isFinished(state.phase)) {
      await recorder.drain();
      await condition(allHandlersFinished);
      await continueAsNew<typeof auditLifecycle>({ ...input, carried: { state, seq: recorder.seq, startedFollowUps: [...startedFollowUps] } });
    }
  }
  await recorder.drain();
  await condition(allHandlersFinished);
  return { auditId, phase: state.phase };
}


/** One child workflow per nonconformity; abandoned on parent close so a continue-as-new never cuts a follow-up short. */
async function startFollowUps(state: AuditState, started: Set<string>): Promise<void> {
  for (const followUp of state.followUps) {
    if (followUp.state !== 'open' || started.has(followUp.findingId)) continue;
    const finding = state.findings.find((candidate) => candidate.id === followUp.findingId)!;
    const people = auditPeople(state);
    const followUpInput: CorrectiveActionInput = {
      auditId: state.definition.auditId,
      auditTitle: state.definition.title,
      parentWorkflowId: workflowInfo().workflowId,
      finding: finding as CorrectiveActionInput['finding'],
      people: {
        ...people,
        auditeeRepresentative: state.definition.auditee.representative.email,
        auditeeDelegates: state.auditeeDelegates,
        verifier: finding.recordedBy,
        auditors: state.team.filter((member) => member.role === 'auditor' || member.role === 'team-leader').map((member) => member.email).filter((email) => email !== teamLeader(state).email),
      },
      settings: state.settings,
    };
    started.add(followUp.findingId);
    await startChild(correctiveActionFollowUp, {
      workflowId: followUp.workflowId,
      args: [{ followUp: followUpInput }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      typedSearchAttributes: [
        { key: AuditProgrammeKey, value: state.definition.programmeId },
        { key: AuditeeUnitKey, value: state.definition.auditee.unit },
      ],
    });
  }
}
