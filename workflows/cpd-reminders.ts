import { proxyActivities } from '@temporalio/workflow';
import type { AuditflowActivities } from '@auditflow/activities';
import { deliverNotifications } from './shared/mail-delivery';

const { queueCpdReminders } = proxyActivities<AuditflowActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute' },
});

/**
 * Reminds each auditor behind their CPD target pro rata (ISO 19011 7.6), at most once per CPD_REMINDER_EVERY; started
 * by a Temporal Schedule. `at` (default: now) says which period and which standing.
 */
export async function cpdReminders(input: { at?: string } = {}): Promise<{ reminders: number }> {
  const { dedupeKeys } = await queueCpdReminders({ at: input.at ?? new Date().toISOString() });
  if (dedupeKeys.length > 0) await deliverNotifications({ dedupeKeys });
  return { reminders: dedupeKeys.length };
}
