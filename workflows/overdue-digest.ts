import { proxyActivities } from '@temporalio/workflow';
import type { AuditflowActivities } from '@auditflow/activities';
import { deliverNotifications } from './shared/mail-delivery';

const { queueOverdueDigests } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute' },
});

/** The daily digest of overdue work for each compliance lead; started by a Temporal Schedule. */
export async function overdueDigest(): Promise<{ digests: number }> {
  const at = new Date().toISOString();
  const { dedupeKeys } = await queueOverdueDigests({ day: at.slice(0, 10), at });
  if (dedupeKeys.length > 0) await deliverNotifications({ dedupeKeys });
  return { digests: dedupeKeys.length };
}
