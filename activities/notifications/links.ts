/**
 * Where a mail points: the task when the notification is about one, else the audit, else (a digest spanning audits)
 * Auditflow itself. Ids are URL-encoded so that no id can change the path.
 */
export function notificationLink(publicUrl: string, auditId: string | null, taskId: string | null): string {
  const base = publicUrl.replace(/\/+$/, '');
  if (!auditId) return `${base}/`;
  const audit = `${base}/audits/${encodeURIComponent(auditId)}`;
  return taskId ? `${audit}/tasks/${encodeURIComponent(taskId)}` : audit;
}

/** The words on the mail's button for that link. */
export function linkLabel(auditId: string | null, taskId: string | null): string {
  if (!auditId) return 'Open Auditflow';
  return taskId ? 'Open the task' : 'Open the audit';
}
