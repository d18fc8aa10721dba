import { workflowInfo } from '@temporalio/workflow';
import { clockMailAhead, type ProcessClock, type ProgressRecord } from '@auditflow/domain/workflow';

/**
 * Hands the clock's mail ahead to the read model with each step that changes it, so the worker's dispatcher sends it
 * on time however busy the workflow engine is when it falls due. Nothing is scheduled in the workflow: the plan rides
 * on the step's record, and the clock's own step still queues each mail when it fires (the outbox sends it once).
 */
export class ClockMailPlanner<S> {
  /** The plan last handed over, as JSON; a continued-as-new run hands its first plan over again (harmless). */
  private handedOver?: string;

  constructor(private readonly clock: ProcessClock<S>) {}

  /** The plan after a step, or undefined when it is the one last handed over. */
  planAfter(state: S): ProgressRecord['plannedMail'] {
    const mail = clockMailAhead(state, this.clock);
    const fingerprint = JSON.stringify(mail);
    if (fingerprint === this.handedOver) return undefined;
    this.handedOver = fingerprint;
    return { taskQueue: workflowInfo().taskQueue, mail };
  }
}
