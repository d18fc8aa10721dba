import { DataSource } from 'typeorm';
import { NotificationIntent } from '@auditflow/domain';
import { listOverdueTasksByComplianceLead, OverdueDigest } from '@auditflow/persistence';
import { OverdueDigestData } from '../notifications/digest';
import { notificationLink } from '../notifications/links';
import { outboxRow, queueOutboxRows } from '../projection/outbox';

export interface DigestDependencies {
  dataSource: DataSource;
  publicUrl: string;
}

/** The outbox "workflow" of digests: they belong to no audit workflow, and the day keeps each one distinct. */
const DIGEST_OUTBOX = 'overdue-digest';

/**
 * Queues one overdue digest per compliance lead for `day` (YYYY-MM-DD) and returns the outbox keys.
 * On retry: the key is `overdue-digest:<day>:<lead>`, inserted only if missing, so a lead gets one digest a day
 * even when the schedule fires twice or the activity runs again; the contents are those of the first attempt.
 */
export function createDigestActivities({ dataSource, publicUrl }: DigestDependencies) {
  function digestIntent(day: string, digest: OverdueDigest): NotificationIntent {
    const data = {
      lead: digest.complianceLead.name,
      items: digest.tasks.map((task) => ({
        auditTitle: task.auditTitle,
        taskTitle: task.title,
        assignee: task.assignee,
        dueAt: task.dueAt,
        escalationLevel: task.escalationLevel,
        link: notificationLink(publicUrl, task.auditId, task.id),
      })),
    } satisfies OverdueDigestData;
    return { kind: 'overdue-digest', key: `${day}:${digest.complianceLead.email}`, to: [digest.complianceLead.email], cc: [], data };
  }

  return {
    async queueOverdueDigests(input: { day: string; at: string }): Promise<{ dedupeKeys: string[] }> {
      const digests = await listOverdueTasksByComplianceLead(dataSource, new Date(input.at));
      const rows = digests.map((digest) => outboxRow(DIGEST_OUTBOX, null, digestIntent(input.day, digest)));
      return { dedupeKeys: await queueOutboxRows(dataSource.manager, rows) };
    },
  };
}
