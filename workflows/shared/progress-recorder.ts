import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { AuditflowActivities } from '@auditflow/activities';
import type { AuditDelta, AuditPhase, FollowUpDelta, ProgressRecord, TimelineEvent } from '@auditflow/domain';
import { READ_MODEL_REJECTED } from '@auditflow/domain';
import { RecordChain } from './record-chain';

// The read model must eventually be written whatever happens: retry without limit, backing off to 30 s.
// A record refused for good is kept for an admin instead (and that keeping is retried like any write).
const { recordAuditProgress, recordFailedWrite } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/** Why the read model refused a record for good, or undefined for any other failure. */
export function readModelRejection(error: unknown): string | undefined {
  return error instanceof ActivityFailure && error.cause instanceof ApplicationFailure && error.cause.type === READ_MODEL_REJECTED ? error.cause.message : undefined;
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
  record(phase: AuditPhase, events: TimelineEvent[], delta: AuditDelta | FollowUpDelta): Promise<void> {
    if (events.length === 0 && isEmpty(delta)) return this.chain;
    const record: ProgressRecord = { workflowId: this.workflowId, auditId: this.auditId, firstSeq: this.seq, phase, at: new Date().toISOString(), events, delta };
    this.seq += events.length;
    this.chain = this.chain.then(async () => {
      try {
        const { notificationKeys } = await recordAuditProgress(record);
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
