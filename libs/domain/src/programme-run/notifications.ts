import type { NotificationIntent, NotificationKind } from '../notifications';
import type { TimelineEvent } from '../timeline';

const PROGRAMME_KINDS: Partial<Record<NotificationKind, NotificationKind>> = {
  'task-assigned': 'programme-task-assigned',
  'task-reminder': 'programme-task-reminder',
  'task-overdue': 'programme-task-escalated',
  'task-escalated': 'programme-task-escalated',
};

/**
 * The task machinery is shared with audits; its mails name an audit. A programme's tasks go out as programme mails,
 * naming the programme instead.
 */
export function asProgrammeNotifications(events: TimelineEvent[], programmeName: string): TimelineEvent[] {
  return events.map((event) =>
    event.notify ? { ...event, notify: event.notify.map((intent): NotificationIntent => ({ ...intent, kind: PROGRAMME_KINDS[intent.kind] ?? intent.kind, data: { ...intent.data, programmeName } })) } : event,
  );
}
