import {
  continueAsNew,
  getExternalWorkflowHandle,
  log,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
  WorkflowIdReusePolicy,
} from '@temporalio/workflow';
import {
  Actor,
  AuditActionName,
  AUDIT_ACTION_NAMES,
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
  followUpInput,
  earliestDue,
  followUpClosedRefusal,
  refuseFollowUpClosed,
  DEFAULT_DISPOSAL_NOTICE,
  DEFAULT_RECORD_RETENTION,
  auditedScopeItems,
  programmeWorkflowId,
} from '@auditflow/domain/workflow';
import { correctiveActionFollowUp } from './corrective-action-follow-up';
import { recordsRetention } from './records-retention';
import { auditFinishedSignal, auditRecordedUpdate, auditStateQuery, followUpClosedSignal } from './definitions';
import { LongRunningProcess } from './shared/long-running-process';
import { ClockMailPlanner } from './shared/clock-mail-planner';
import { ProgressRecorder } from './shared/progress-recorder';
import { workflowNow } from './shared/steps';
import { AuditeeUnitKey, AuditProgrammeKey } from './shared/search-attributes';
import { StepSearchAttributes } from './shared/step-search-attributes';

export interface AuditLifecycleInput {
  definition: AuditDefinition;
  settings: AuditSettings;
  /** The signed-in programme manager who launched the audit. */
  launchedBy?: Actor;
  /** Set when the workflow continued as new: the state and counters it carries on with. */
  carried?: {
    state: AuditState;
    seq: number;
    startedFollowUps: string[];
    /** The first run id of each follow-up started since senders are checked, by finding id (absent in older runs). */
    followUpRuns?: Record<string, string>;
  };
}

/**
 * Marks the runs that check who says a follow-up closed. Follow-ups an audit started before this change are believed
 * on their finding alone, as they always were, so recorded histories replay and their follow-ups' messages still count.
 */
const FOLLOW_UP_SENDER_CHECKED = 'follow-up-closed-sender-checked';

export interface AuditLifecycleResult {
  auditId: string;
  phase: AuditState['phase'];
}

/**
 * One ISMS audit, ISO 19011 clauses 6.2 to 6.7. People drive it through Updates (one per action, validated by the
 * shared rules before anything is written); a single loop sleeps until the next reminder, deadline or escalation.
 */
export async function auditLifecycle(input: AuditLifecycleInput): Promise<AuditLifecycleResult> {
  const { workflowId } = workflowInfo();
  const auditId = input.definition.auditId;
  const startedFollowUps = new Set(input.carried?.startedFollowUps ?? []);
  const followUpRuns = new Map(Object.entries(input.carried?.followUpRuns ?? {}));
  // Follow-ups started before senders were checked: their run id was not kept, and their finding alone closes them.
  const believedOnFindingAlone = new Set([...startedFollowUps].filter((findingId) => !followUpRuns.has(findingId)));
  const recorder = new ProgressRecorder(workflowId, auditId, input.carried?.seq ?? 1);
  const searchAttributes = new StepSearchAttributes();
  const clockMail = new ClockMailPlanner<AuditState>({ nextWakeUp: nextAuditWakeUp, tick: tickAuditClock });
  const audit = new LongRunningProcess<AuditState, AuditActionName>(
    {
      actions: AUDIT_ACTION_NAMES,
      perform: (current, action, request, now) => performAuditAction(current, action, request.actor, request.payload, now),
      phaseOf: (current) => current.phase,
      nextWakeUp: nextAuditWakeUp,
      tick: tickAuditClock,
      isDone: (current) => isFinished(current.phase),
      record: (before, { state, events }) => {
        const nextDueAt = earliestDue(state.tasks);
        searchAttributes.upsert(before && { phase: before.phase, nextDueAt: earliestDue(before.tasks) }, { phase: state.phase, nextDueAt });
        return recorder.record(state.phase, events, diffAudit(before, state, nextDueAt), clockMail.planAfter(state));
      },
    },
    recorder,
  );

  let firstStep: Promise<void>;
  if (input.carried) {
    audit.resume(input.carried.state);
    firstStep = Promise.resolve();
  } else {
    upsertSearchAttributes([
      { key: AuditProgrammeKey, value: input.definition.programmeId },
      { key: AuditeeUnitKey, value: input.definition.auditee.unit },
    ]);
    firstStep = audit.advance(undefined, startAudit(input.definition, input.settings, workflowNow(), input.launchedBy));
  }

  setHandler(auditStateQuery, () => audit.state);
  setHandler(auditRecordedUpdate, async () => {
    await firstStep;
    return { phase: audit.state.phase, events: [] };
  });
  audit.handleSteps();
  setHandler(followUpClosedSignal, async (findingId: string, sender?: unknown) => {
    const before = audit.state;
    if (!believedOnFindingAlone.has(findingId)) {
      const refusal = followUpClosedRefusal(before, findingId, sender, followUpRuns.get(findingId));
      if (refusal !== undefined) {
        log.warn('Ignored a follow-up-closed message', { findingId, sender, refusal });
        // An older history ignored such a message without a step; it replays that way.
        if (patched(FOLLOW_UP_SENDER_CHECKED)) await audit.advance(before, refuseFollowUpClosed(before, findingId, refusal, workflowNow()));
        return;
      }
    }
    if (before.followUps.find((followUp) => followUp.findingId === findingId)?.state !== 'open') return;
    await audit.advance(before, closeFollowUp(before, findingId, workflowNow()));
  });

  const finished = await audit.run({
    beforeWait: (state) => startFollowUps(state, { started: startedFollowUps, runs: followUpRuns, believedOnFindingAlone }),
    continueAsNew: (state, seq) =>
      continueAsNew<typeof auditLifecycle>({
        ...input,
        carried: { state, seq, startedFollowUps: [...startedFollowUps], followUpRuns: Object.fromEntries(followUpRuns) },
      }),
  });
  if (finished.definition.programmeWindowId !== undefined) await reportToProgramme(finished, finished.definition.programmeWindowId);
  // Audits that closed before records were kept on schedule have no retention workflow; those closing now do.
  if (patched(RECORDS_RETAINED_ON_SCHEDULE)) await startRecordsRetention(finished, workflowId);
  return { auditId, phase: finished.phase };
}

const RECORDS_RETAINED_ON_SCHEDULE = 'records-retained-on-schedule';

/**
 * Tells the programme's cycle what this audit, launched in one of its windows, actually audited. Only audits launched
 * in a window do this (older histories have none). A programme whose cycle has ended no longer listens: nothing to tell.
 */
async function reportToProgramme(state: AuditState, windowId: string): Promise<void> {
  const report = { auditId: state.definition.auditId, windowId, phase: state.phase, audited: auditedScopeItems(state) };
  try {
    await getExternalWorkflowHandle(programmeWorkflowId(state.definition.programmeId)).signal(auditFinishedSignal, report);
  } catch (error) {
    log.warn('The programme did not take the audit report', { report, error: String(error) });
  }
}

/** The audit's records outlive it: a child keeps them for their periods and disposes of them (6.6). */
async function startRecordsRetention(state: AuditState, workflowId: string): Promise<void> {
  const { definition, settings, completion } = state;
  await startChild(recordsRetention, {
    workflowId: `${workflowId}:records`,
    args: [
      {
        auditId: definition.auditId,
        auditTitle: definition.title,
        complianceLead: definition.complianceLead.email,
        terms: {
          closedAt: workflowNow(),
          periods: settings.recordRetention ?? DEFAULT_RECORD_RETENTION,
          noticeBefore: settings.disposalNoticeBefore ?? DEFAULT_DISPOSAL_NOTICE,
          ...(completion?.retention === 'retain' && completion.retainUntil ? { retainUntil: completion.retainUntil } : {}),
        },
      },
    ],
    parentClosePolicy: ParentClosePolicy.ABANDON,
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
  });
}

/**
 * One child workflow per nonconformity; abandoned on parent close so a continue-as-new never cuts a follow-up short.
 * Its first run id is kept: only the workflow started here may later say that its follow-up closed.
 */
async function startFollowUps(
  state: AuditState,
  { started, runs, believedOnFindingAlone }: { started: Set<string>; runs: Map<string, string>; believedOnFindingAlone: Set<string> },
): Promise<void> {
  for (const followUp of state.followUps) {
    if (followUp.state !== 'open' || started.has(followUp.findingId)) continue;
    started.add(followUp.findingId);
    const checksSender = patched(FOLLOW_UP_SENDER_CHECKED);
    if (!checksSender) believedOnFindingAlone.add(followUp.findingId);
    const child = await startChild(correctiveActionFollowUp, {
      workflowId: followUp.workflowId,
      args: [{ followUp: followUpInput(state, followUp.findingId, workflowInfo().workflowId) }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      typedSearchAttributes: [
        { key: AuditProgrammeKey, value: state.definition.programmeId },
        { key: AuditeeUnitKey, value: state.definition.auditee.unit },
      ],
    });
    if (checksSender) runs.set(followUp.findingId, child.firstExecutionRunId);
  }
}
