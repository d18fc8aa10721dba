import { DataSource } from 'typeorm';
import { listOverdueTasksByComplianceLead } from '../../libs/persistence/src/read-model';
import { messageIdFor } from '../../libs/persistence/src/outbox/message-id';
import { notificationDedupeKey } from '../../libs/persistence/src/outbox/dedupe-key';
import { OverdueDigestData } from '../notifications/digest';
import { notificationLink } from '../notifications/links';

export interface DigestDependencies {
  dataSource: DataSource;
  publicUrl: string;
}

/**
 * Queues one overdue digest per compliance lead for `day` (YYYY-MM-DD) and returns the outbox keys.
 * On retry: the key is `overdue-digest:<day>:<lead>`, inserted only if missing, so a lead gets one digest a day
 * even when the schedule fires twice or the activity runs again; the contents are those of the first attempt.
 */
export function createDigestActivities({ dataSource, publicUrl }: DigestDependencies) {
  return {
    async queueOverdueDigests(input: { day: string; at: string }): Promise<{ dedupeKeys: string[] }> {
      const digests = await listOverdueTasksByComplianceLead(dataSource, new Date(input.at));
      const dedupeKeys: string[] = [];
      for (const digest of digests) {
        const dedupeKey = notificationDedupeKey('overdue-digest', `${input.day}:${digest.complianceLead.email}`);
        const data: OverdueDigestData = {
          lead: digest.complianceLead.name,
          items: digest.tasks.map((task) => ({
            auditTitle: task.auditTitle,
            taskTitle: task.title,
            assignee: task.assignee,
            dueAt: task.dueAt,
            escalationLevel: task.escalationLevel,
            link: notificationLink(publicUrl, task.auditId, task.id),
          })),
        };
        await dataSource.query(
          `INSERT INTO notifications (dedupe_key, workflow_id, kind, recipients, data, message_id)
           VALUES ($1, $2, 'overdue-digest', $3, $4, $5) ON CONFLICT (dedupe_key) DO NOTHING`,
          [dedupeKey, 'overdue-digest', JSON.stringify({ to: [digest.complianceLead.email], cc: [] }), JSON.stringify(data), messageIdFor(dedupeKey)],
        );
        dedupeKeys.push(dedupeKey);
      }
      return { dedupeKeys };
    },
  };
}
