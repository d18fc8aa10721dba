import { ActivityFailure, ApplicationFailure, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { AuditflowActivities } from '@auditflow/activities';
import type { AuditDelta, AuditPhase, FollowUpDelta, ProgressRecord, TimelineEvent } from '@auditflow/domain/workflow';
import { READ_MODEL_REJECTED } from '@auditflow/domain/workflow';
import { LOCAL_READ_MODEL_WRITES, READ_MODEL_WRITES, RecordChain } from './record-chain';

// The read model must eventually be written whatever happens: retried without limit. A record refused for good is
// kept for an admin instead, by a normal activity on either path (and that keeping is retried like any write).
const { recordAuditProgress, recordFailedWrite } = proxyActivities<AuditflowActivities>(READ_MODEL_WRITES);
const local = proxyLocalActivities<AuditflowActivities>(LOCAL_READ_MODEL_WRITES);

/**
 * Why the read model refused a record for good, or undefined for any other failure. A normal activity's failure wraps
 * the one the activity threw (ActivityFailure); a local activity's arrives as the activity threw it.
 */
export function readModelRejection(error: unknown): string | undefined {
  const failure = error instanceof ActivityFailure ? error.cause : error;
  return failure instanceof ApplicationFailure && failure.type === READ_MODEL_REJECTED ? failure.message : undefined;
}

function isEmpty(delta: AuditDelta | FollowUpDelta): boolean {
  if (delta.kind === 'follow-up') return false;
  const { kind: _kind, header, team, ...collections } = delta;
  return !header && !team && Object.values(collections).every((rows) => rows.length === 0);
}

/**
 * Writes each step to the read model in order, numbering timeline events, then hands queued mail to delivery.
 * Steps are chained so an earlier step is always recorded before a later one. A step the read model refuses for good
 * is kept as a failed write (an admin retries or discards it) and the chain goes on, so the audit stays usable; its
 * `record` resolves with the reason, which the step's answer reports.
 */
export class ProgressRecorder extends RecordChain {
  constructor(
    private readonly workflowId: string,
    private readonly auditId: string,
    /** Next event sequence number; carried across continue-as-new. */
    public seq: number,
  ) {
    super();
  }

  // The promise chain keeps exactly the shape it had before refusals were handled, so recorded histories replay.
  record(phase: AuditPhase, events: TimelineEvent[], delta: AuditDelta | FollowUpDelta, plannedMail?: ProgressRecord['plannedMail']): Promise<void> {
    if (events.length === 0 && isEmpty(delta) && !plannedMail) return this.chain;
    const record: ProgressRecord = { workflowId: this.workflowId, auditId: this.auditId, firstSeq: this.seq, phase, at: new Date().toISOString(), events, delta, ...(plannedMail ? { plannedMail } : {}) };
    this.seq += events.length;
    const recordProgress = this.recordsByLocalActivity() ? local.recordAuditProgress : recordAuditProgress;
    this.chain = this.chain.then(async () => {
      try {
        const { notificationKeys } = await recordProgress(record);
        if (notificationKeys.length > 0) this.deliver(notificationKeys);
      } catch (error) {
        const reason = readModelRejection(error);
        if (reason === undefined) throw error;
        await recordFailedWrite({ record, reason });
        this.refusals.set(events, reason);
      }
    });
    return this.chain;
  }
}
