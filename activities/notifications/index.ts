// Mail: templates and calendar invites (pure), and the outbox sender activity.
export { buildCalendar } from './calendar';
export type { CalendarPart } from './calendar';
export { createNotificationActivities } from './deliver';
export { countLeftOutbox } from './delivery-metrics';
export type { DeliveryMetrics, LeftOutbox } from './delivery-metrics';
export type { NotificationActivityDependencies } from './deliver';
export type { OverdueDigestData, OverdueDigestItem } from './digest';
export { readableDuration, readableSlot, readableUtc } from './format';
export { linkLabel, notificationLink } from './links';
export { renderNotification } from './render';
export type { RenderableNotification, RenderContext, RenderedNotification } from './render';
export { TEMPLATE_SOURCES } from './templates';
export { mailEventWorkflowId } from './timeline';
export { createMailTransport, mailCapacity } from './transport';
export type { MailPool } from './transport';
export { SendSlots } from './send-slots';
export { inLanes } from './lanes';
