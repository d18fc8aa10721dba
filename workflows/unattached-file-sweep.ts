import { proxyActivities } from '@temporalio/workflow';
import type { AuditflowActivities } from '@auditflow/activities';

const { removeUnattachedFiles } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute' },
});

/** Uploads nobody attached to a step are removed a day on; started by a Temporal Schedule every hour. */
export async function unattachedFileSweep(input: { auditId?: string } = {}): Promise<{ removed: number }> {
  return removeUnattachedFiles(input);
}
