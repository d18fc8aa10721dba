import { proxyActivities } from '@temporalio/workflow';
import type { AuditflowActivities } from '@auditflow/activities';
import { deliverNotifications } from './shared/mail-delivery';

const { retryFailedWrite } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 5 },
});

/** An admin's second try of a step the read model refused (after its cause was fixed); its mail goes out after. */
export async function retryReadModelWrite(input: { failedWriteId: number }): Promise<void> {
  const { notificationKeys } = await retryFailedWrite({ id: input.failedWriteId });
  if (notificationKeys.length > 0) await deliverNotifications({ dedupeKeys: notificationKeys });
}
