import { proxyActivities } from '@temporalio/workflow';
import type { AuditflowActivities } from '../activities';

const { queueOverdueDigests } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute' },
});
const { deliverNotifications } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/** The daily digest of overdue work for each compliance lead; started by a Temporal Schedule. */
export async function overdueDigest(): Promise<{ digests: number }> {
  const at = new Date().toISOString();
  const { dedupeKeys } = await queueOverdueDigests({ day: at.slice(0, 10), at });
  if (dedupeKeys.length > 0) await deliverNotifications({ dedupeKeys });
  return { digests: dedupeKeys.length };
}
