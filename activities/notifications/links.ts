import { webPagePath } from '@auditflow/domain';

/**
 * Where a mail points: the web app's page of the task when the notification is about one, else of the audit, else
 * (a digest spanning audits) the person's tasks. Ids are URL-encoded so that no id can change the path.
 */
export function notificationLink(publicUrl: string, auditId: string | null, taskId: string | null): string {
  const base = publicUrl.replace(/\/+$/, '');
  if (!auditId) return `${base}${webPagePath('myTasks')}`;
  return `${base}${taskId ? webPagePath('task', { id: auditId, taskId }) : webPagePath('audit', { id: auditId })}`;
}

/** The words on the mail's button for that link. */
export function linkLabel(auditId: string | null, taskId: string | null): string {
  if (!auditId) return 'Open Auditflow';
  return taskId ? 'Open the task' : 'Open the audit';
}
