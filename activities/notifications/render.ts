import type { NotificationEntity } from '@auditflow/persistence';
import { buildCalendar, CalendarPart } from './calendar';
import { assertOverdueDigestData } from './digest';
import { linkLabel, notificationLink } from './links';
import { templatesFor } from './template-engine';

/** What rendering needs of an outbox row. */
export type RenderableNotification = Pick<NotificationEntity, 'kind' | 'auditId' | 'taskId' | 'data' | 'invite' | 'createdAt'>;

export interface RenderContext {
  /** Base URL of Auditflow, for links. */
  publicUrl: string;
  /** The audit's current title (from the audits table); `data.auditTitle` is used when this is absent. */
  auditTitle?: string;
}

export interface RenderedNotification {
  subject: string;
  text: string;
  html: string;
  /** The calendar object for nodemailer's `icalEvent` (a text/calendar alternative), for meeting kinds. */
  icalEvent?: CalendarPart;
}

/**
 * The mail for one outbox row. Pure: the same row and context always give the same mail, byte for byte, so a message
 * re-sent after a crash is the same message. Throws, naming the kind, when the row's data lacks a field its
 * templates use.
 */
export function renderNotification(row: RenderableNotification, context: RenderContext): RenderedNotification {
  const data: Record<string, unknown> = { ...(row.data ?? {}) };
  try {
    if (row.kind === 'overdue-digest') assertOverdueDigestData(data);
    const auditTitle = context.auditTitle ?? (typeof data.auditTitle === 'string' ? data.auditTitle : undefined);
    const values = {
      ...data,
      ...(auditTitle !== undefined ? { auditTitle } : {}),
      auditId: row.auditId,
      link: notificationLink(context.publicUrl, row.auditId, row.taskId),
      linkLabel: linkLabel(row.auditId, row.taskId),
    };
    const templates = templatesFor(row.kind);
    // A subject is one header line whatever the data holds.
    const subject = templates.subject(values).replace(/\s+/g, ' ').trim();
    const text = templates.text(values);
    const html = templates.html({ ...values, subject });
    if (row.kind === 'meeting-invitation' || row.kind === 'meeting-cancellation') {
      if (!row.invite) throw new Error('a meeting notification needs its calendar invite');
      // DTSTAMP is when the invite was queued, not when it is (re)sent: part of being the same message.
      return { subject, text, html, icalEvent: buildCalendar(row.invite, row.createdAt) };
    }
    return { subject, text, html };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot render the ${row.kind} notification: ${message}`, { cause: error });
  }
}
