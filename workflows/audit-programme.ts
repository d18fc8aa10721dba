import { continueAsNew, log, ParentClosePolicy, proxyActivities, setHandler, startChild, upsertSearchAttributes, workflowInfo, WorkflowIdReusePolicy } from '@temporalio/workflow';
import {
  Actor,
  auditWorkflowId,
  checkProgrammeKpis,
  earliestDue,
  isKpiCheckDue,
  isProgrammeRunDone,
  nextProgrammeWakeUp,
  performProgrammeAction,
  PROGRAMME_ACTION_NAMES,
  ProgrammeActionName,
  ProgrammeRunDefinition,
  ProgrammeRunState,
  recordAuditFinished,
  Rejection,
  startProgrammeRun,
  tickProgrammeClock,
} from '@auditflow/domain/workflow';
import type { AuditflowActivities } from '@auditflow/activities';
import { auditLifecycle } from './audit-lifecycle';
import { ActionRequest, auditFinishedSignal, auditRecordedUpdate, programmeRunQuery, WindowAuditStart } from './definitions';
import { LongRunningProcess } from './shared/long-running-process';
import { ProgrammeRecorder } from './shared/programme-recorder';
import { workflowNow } from './shared/steps';
import { AuditeeUnitKey, AuditPhaseKey, AuditProgrammeKey } from './shared/search-attributes';
import { StepSearchAttributes } from './shared/step-search-attributes';

// A read of the read model: retried until it answers, the check waits for it.
const { programmeKpiFigures } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

export interface AuditProgrammeInput {
  definition: ProgrammeRunDefinition;
  /** Who approved the version the cycle runs on. */
  startedBy?: Actor;
  /** Set when the workflow continued as new: the state and event counter it carries on with. */
  carried?: { state: ProgrammeRunState; seq: number };
}

/**
 * One approved audit programme's cycle (ISO 19011 clause 5). Its plan lives here: the programme manager launches,
 * skips, moves, merges and splits windows through Updates, decides coverage gaps and records reviews; one loop sleeps
 * until the next launch task, window close, reminder, escalation or review. Audits launched in a window are started
 * as children that outlive it, and report back what they audited when they finish.
 */
export async function auditProgramme(input: AuditProgrammeInput): Promise<{ programmeId: string; status: string }> {
  const { workflowId } = workflowInfo();
  const { programmeId } = input.definition;
  const recorder = new ProgrammeRecorder(workflowId, programmeId, input.carried?.seq ?? 1);
  const searchAttributes = new StepSearchAttributes();
  const programme = new LongRunningProcess<ProgrammeRunState, ProgrammeActionName>(
    {
      actions: PROGRAMME_ACTION_NAMES,
      perform: (state, action, request, now) => performProgrammeAction(state, action, request.actor, request.payload, now),
      phaseOf: (state) => state.status,
      nextWakeUp: nextProgrammeWakeUp,
      tick: tickProgrammeClock,
      isDone: isProgrammeRunDone,
      record: (before, { state, events }) => {
        searchAttributes.upsert(before && { nextDueAt: earliestDue(before.tasks) }, { nextDueAt: earliestDue(state.tasks) });
        return recorder.record(before, state, events);
      },
      afterStep: (action, request) => (action === 'launchWindowAudit' ? startWindowAudit(request) : Promise.resolve()),
    },
    recorder,
  );

  let firstStep: Promise<void>;
  if (input.carried) {
    programme.resume(input.carried.state);
    firstStep = Promise.resolve();
  } else {
    upsertSearchAttributes([{ key: AuditProgrammeKey, value: programmeId }]);
    firstStep = programme.advance(undefined, startProgrammeRun(input.definition, workflowNow(), input.startedBy));
  }

  setHandler(programmeRunQuery, () => programme.state);
  setHandler(auditRecordedUpdate, async () => {
    await firstStep;
    return { phase: programme.state.status, events: [] };
  });
  programme.handleSteps();
  setHandler(auditFinishedSignal, async (report) => {
    const before = programme.state;
    try {
      await programme.advance(before, recordAuditFinished(before, report, workflowNow()));
    } catch (error) {
      // A report from an audit this cycle did not launch changes nothing.
      if (!(error instanceof Rejection)) throw error;
      log.warn('Ignored an audit-finished report', { report, reason: error.message });
    }
  });

  const finished = await programme.run({
    beforeWait: async (state) => {
      if (!isKpiCheckDue(state, Date.now())) return;
      const figures = await programmeKpiFigures({ programmeId });
      await programme.advance(programme.state, checkProgrammeKpis(programme.state, figures, workflowNow()));
    },
    continueAsNew: (state, seq) => continueAsNew<typeof auditProgramme>({ ...input, carried: { state, seq } }),
  });
  return { programmeId, status: finished.status };
}

/**
 * Starts the audit a window's launch names, as a child that outlives the programme's runs (abandoned on close). Its
 * workflow id is the audit's: a repeated launch cannot start a second one.
 */
async function startWindowAudit(request: ActionRequest): Promise<void> {
  const { start } = request.payload as { start: WindowAuditStart };
  const { definition } = start;
  await startChild(auditLifecycle, {
    workflowId: auditWorkflowId(definition.auditId),
    args: [{ definition, settings: start.settings, launchedBy: start.launchedBy }],
    parentClosePolicy: ParentClosePolicy.ABANDON,
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    typedSearchAttributes: [
      { key: AuditPhaseKey, value: 'initiating' },
      { key: AuditProgrammeKey, value: definition.programmeId },
      { key: AuditeeUnitKey, value: definition.auditee.unit },
    ],
  });
}
