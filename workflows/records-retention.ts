import { condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { AuditflowActivities } from '@auditflow/activities';
import { durationToMs, RetentionTerms } from '@auditflow/domain/workflow';
import { RecordsRetentionStatus, recordsRetentionStatusQuery, retentionChangedSignal } from './definitions';
import { deliverNotifications } from './shared/mail-delivery';

const { planRecordsDisposal, queueDisposalNotice, disposeRecordClass } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

export interface RecordsRetentionInput {
  auditId: string;
  auditTitle: string;
  complianceLead: string;
  terms: RetentionTerms;
}

/**
 * An audit's records after it closes (ISO 19011 6.6): each class of files is kept for its period, the compliance lead
 * is told before it goes, and it is disposed of when the period ends, unless a legal hold stops it. Started by the
 * audit as a child it outlives; it ends when every file is disposed of. Holds and extensions are recorded outside
 * (by the API) and signalled here, so the plan is always read afresh from what is recorded. A notice always comes a
 * full notice period before its disposal: one sent late (after a hold was lifted) moves the disposal on.
 */
export async function recordsRetention(input: RecordsRetentionInput): Promise<{ disposedClasses: string[] }> {
  const records = { auditId: input.auditId, workflowId: workflowInfo().workflowId };
  let changed = false;
  let status: RecordsRetentionStatus = { waitingFor: 'plan' };
  setHandler(retentionChangedSignal, () => {
    changed = true;
  });
  setHandler(recordsRetentionStatusQuery, () => status);
  /** Sleeps until `at`, or until something changed; true when the time came. */
  const waitUntil = async (at: string) => !(await condition(() => changed, Math.max(0, Date.parse(at) - Date.now())));
  const noticeSentAt = new Map<string, number>();
  const disposedClasses: string[] = [];
  for (;;) {
    changed = false;
    status = { waitingFor: 'plan' };
    const plan = await planRecordsDisposal({ ...records, terms: input.terms });
    if (!plan.next) return { disposedClasses };
    const { recordClass, noticeAt, files } = plan.next;
    if (plan.held) {
      status = { waitingFor: 'hold-lifted', recordClass, at: plan.next.disposeAt };
      await condition(() => changed);
      continue;
    }
    const notice = `${recordClass}:${plan.next.disposeAt}`;
    const sentAt = noticeSentAt.get(notice);
    if (sentAt === undefined) {
      status = { waitingFor: 'notice', recordClass, at: noticeAt };
      if (!(await waitUntil(noticeAt))) continue;
      const disposeAt = new Date(Math.max(Date.parse(plan.next.disposeAt), Date.now() + durationToMs(input.terms.noticeBefore))).toISOString();
      const { dedupeKeys } = await queueDisposalNotice({ ...records, auditTitle: input.auditTitle, complianceLead: input.complianceLead, recordClass, scheduledAt: plan.next.disposeAt, disposeAt, files });
      if (dedupeKeys.length > 0) await deliverNotifications({ dedupeKeys });
      noticeSentAt.set(notice, Date.now());
      continue;
    }
    const disposeAt = new Date(Math.max(Date.parse(plan.next.disposeAt), sentAt + durationToMs(input.terms.noticeBefore))).toISOString();
    status = { waitingFor: 'disposal', recordClass, at: disposeAt };
    if (!(await waitUntil(disposeAt))) continue;
    const { disposed } = await disposeRecordClass({ ...records, recordClass });
    if (disposed > 0) disposedClasses.push(recordClass);
  }
}
