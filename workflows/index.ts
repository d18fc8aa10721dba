// Every workflow the worker hosts. Deterministic code only: eslint forbids Node and I/O imports under workflows/.
export { auditLifecycle } from './audit-lifecycle';
export { auditProgramme } from './audit-programme';
export { correctiveActionFollowUp } from './corrective-action-follow-up';
export { overdueDigest } from './overdue-digest';
export { redeliverMail } from './redeliver-mail';
export { retryReadModelWrite } from './retry-failed-write';
export { recordsRetention } from './records-retention';
export { unattachedFileSweep } from './unattached-file-sweep';
export { cpdReminders } from './cpd-reminders';
