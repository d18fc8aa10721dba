import { Meeting } from './audit/state';

export const NOTIFICATION_KINDS = [
  'task-assigned',
  'task-reminder',
  'task-overdue',
  'task-escalated',
  'extension-requested',
  'extension-decided',
  'urgent-risk',
  'report-distributed',
  'report-late',
  'report-overdue',
  'scope-changed',
  'meeting-invitation',
  'meeting-cancellation',
  'audit-cancelled',
  'overdue-digest',
  'mail-undeliverable',
  'disposal-notice',
  'cpd-reminder',
  'programme-task-assigned',
  'programme-task-reminder',
  'programme-task-escalated',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** An RFC 5545 invitation: REQUEST for new or changed meetings, CANCEL when called off. */
export type CalendarInvite = Pick<Meeting, 'sequence' | 'startsAt' | 'endsAt' | 'timeZone' | 'location' | 'organizer' | 'attendees'> & {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  summary: string;
  description: string;
};

/** Values a mail template can use; lists of records serve digests. */
export type TemplateValue = string | number | boolean | null | string[] | Record<string, string | number>[] | undefined;

/**
 * A message the workflow wants sent. `key` is unique within the workflow run chain, so workflow id + key is the
 * dedupe key of the outbox: a retried or replayed step can never queue it twice.
 */
export interface NotificationIntent {
  kind: NotificationKind;
  key: string;
  to: string[];
  cc: string[];
  data: Record<string, TemplateValue>;
  taskId?: string;
  invite?: CalendarInvite;
}
