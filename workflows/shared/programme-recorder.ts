import { log, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { AuditflowActivities } from '@auditflow/activities';
import { changedTasks, programmeRunSnapshot, ProgrammeProgressRecord, ProgrammeRunState, TimelineEvent } from '@auditflow/domain/workflow';
import { readModelRejection } from './progress-recorder';
import { LOCAL_READ_MODEL_WRITES, READ_MODEL_WRITES, RecordChain } from './record-chain';

// Written eventually whatever happens, like an audit's steps: retried without limit, backing off to 30 s.
const { recordProgrammeProgress } = proxyActivities<AuditflowActivities>(READ_MODEL_WRITES);
const local = proxyLocalActivities<AuditflowActivities>(LOCAL_READ_MODEL_WRITES);

/**
 * Writes each step of a programme's workflow to the read model in order: the cycle as it now stands (sent whole: it
 * is small), the tasks the step changed and its events, then hands queued mail to delivery. A step the read model
 * refuses for good is logged and the chain goes on (the next step rewrites the cycle whole); its answer says so.
 */
export class ProgrammeRecorder extends RecordChain {
  constructor(
    private readonly workflowId: string,
    private readonly programmeId: string,
    /** Next event sequence number; carried across continue-as-new. */
    public seq: number,
  ) {
    super();
  }

  record(before: ProgrammeRunState | undefined, after: ProgrammeRunState, events: TimelineEvent[]): Promise<void> {
    const tasks = changedTasks(before, after);
    if (events.length === 0 && tasks.length === 0 && before === after) return this.chain;
    const at = new Date().toISOString();
    const record: ProgrammeProgressRecord = { workflowId: this.workflowId, programmeId: this.programmeId, firstSeq: this.seq, at, events, run: programmeRunSnapshot(after, at), tasks };
    this.seq += events.length;
    const recordProgress = this.recordsByLocalActivity() ? local.recordProgrammeProgress : recordProgrammeProgress;
    this.chain = this.chain.then(async () => {
      try {
        const { notificationKeys } = await recordProgress(record);
        if (notificationKeys.length > 0) this.deliver(notificationKeys);
      } catch (error) {
        const reason = readModelRejection(error);
        if (reason === undefined) throw error;
        log.error('The read model refused a programme step', { workflowId: this.workflowId, firstSeq: record.firstSeq, reason });
        this.refusals.set(events, reason);
      }
    });
    return this.chain;
  }
}
