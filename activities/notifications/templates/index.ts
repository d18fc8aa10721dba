import { NotificationKind } from '@auditflow/domain';
import { auditCancelled } from './audit-cancelled';
import { extensionDecided } from './extension-decided';
import { extensionRequested } from './extension-requested';
import { mailUndeliverable } from './mail-undeliverable';
import { meetingCancellation } from './meeting-cancellation';
import { meetingInvitation } from './meeting-invitation';
import { overdueDigest } from './overdue-digest';
import { reportDistributed } from './report-distributed';
import { reportLate } from './report-late';
import { taskAssigned } from './task-assigned';
import { taskEscalated } from './task-escalated';
import { taskOverdue } from './task-overdue';
import { taskReminder } from './task-reminder';
import { TemplateSource } from './types';
import { urgentRisk } from './urgent-risk';
import { reportOverdue } from './report-overdue';
import { scopeChanged } from './scope-changed';
import { disposalNotice } from './disposal-notice';
import { cpdReminder } from './cpd-reminder';
import { programmeTaskAssigned } from './programme-task-assigned';
import { programmeTaskEscalated } from './programme-task-escalated';
import { programmeTaskReminder } from './programme-task-reminder';

export * from './layout';
export * from './types';

/** One template per kind; the Record type makes adding a kind without a template a compile error. */
export const TEMPLATE_SOURCES: Record<NotificationKind, TemplateSource> = {
  'task-assigned': taskAssigned,
  'task-reminder': taskReminder,
  'task-overdue': taskOverdue,
  'task-escalated': taskEscalated,
  'extension-requested': extensionRequested,
  'extension-decided': extensionDecided,
  'urgent-risk': urgentRisk,
  'report-distributed': reportDistributed,
  'report-late': reportLate,
  'report-overdue': reportOverdue,
  'disposal-notice': disposalNotice,
  'cpd-reminder': cpdReminder,
  'scope-changed': scopeChanged,
  'meeting-invitation': meetingInvitation,
  'meeting-cancellation': meetingCancellation,
  'audit-cancelled': auditCancelled,
  'overdue-digest': overdueDigest,
  'mail-undeliverable': mailUndeliverable,
  'programme-task-assigned': programmeTaskAssigned,
  'programme-task-reminder': programmeTaskReminder,
  'programme-task-escalated': programmeTaskEscalated,
};
