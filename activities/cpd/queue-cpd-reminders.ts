import { DataSource } from 'typeorm';
import { cpdReminderPeriodStart, cpdStanding, NotificationIntent, WEB_PAGES } from '@auditflow/domain';
import { AuditorEntity } from '@auditflow/persistence';
import { outboxRow, queueOutboxRows } from '../projection/outbox';

export interface CpdReminderDependencies {
  dataSource: DataSource;
  publicUrl: string;
  /** CPD_HOURS_PER_YEAR. */
  cpdHoursPerYear: number;
  /** CPD_REMINDER_EVERY: the reminder period. */
  cpdReminderEvery: string;
}

/** The outbox "workflow" of CPD reminders: they belong to no audit; the period keeps each one distinct. */
const CPD_REMINDER_OUTBOX = 'cpd-reminder';

/**
 * Queues a reminder to each auditor of the pool who is behind their CPD target pro rata at `at` (cpdStanding, the one
 * rule) and returns the outbox keys. The key is `cpd-reminder:<period start>:<e-mail>`, inserted only if missing, so an
 * auditor gets at most one reminder a period even when the schedule fires twice or the activity runs again.
 */
export function createCpdReminderActivities({ dataSource, publicUrl, cpdHoursPerYear, cpdReminderEvery }: CpdReminderDependencies) {
  return {
    async queueCpdReminders(input: { at: string }): Promise<{ dedupeKeys: string[] }> {
      const at = new Date(input.at);
      const period = cpdReminderPeriodStart(at, cpdReminderEvery);
      const auditors = await dataSource.getRepository(AuditorEntity).find({ order: { email: 'ASC' } });
      const rows = auditors.flatMap((auditor) => {
        const standing = cpdStanding(auditor.cpdRecords, cpdHoursPerYear, at);
        if (!standing.behind) return [];
        const intent: NotificationIntent = {
          kind: 'cpd-reminder',
          key: `${period}:${auditor.email}`,
          to: [auditor.email],
          cc: [],
          data: {
            auditor: auditor.name,
            year: standing.year,
            hoursThisYear: standing.hoursThisYear,
            expectedByNow: standing.expectedByNow,
            targetHours: standing.targetHours,
            profileLink: `${publicUrl}${WEB_PAGES.auditors}`,
          },
        };
        return [outboxRow(CPD_REMINDER_OUTBOX, null, intent)];
      });
      return { dedupeKeys: await queueOutboxRows(dataSource.manager, rows) };
    },
  };
}
