import { proxyActivities } from '@temporalio/workflow';
import type { AuditflowActivities } from '@auditflow/activities';

/**
 * Mail delivery as every workflow calls it. An SMTP outage delays mail, never drops it: retry until the server is
 * back. Heartbeats let a retry start within seconds when the worker dies mid-send.
 */
export const { deliverNotifications } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});
