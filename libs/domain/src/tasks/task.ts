import { AuditRole } from '../roles';

/** Every wait on a person is a task with an assignee and a due date. */
export const TASK_KINDS = [
  'acknowledge-contact',
  'resolve-objection',
  'decide-feasibility',
  'decide-alternative',
  'supply-documents',
  'review-documents',
  'issue-plan',
  'answer-plan',
  'attend-meeting',
  'respond-to-finding',
  'review-report',
  'approve-report',
  'issue-report',
  'complete-audit',
  'decide-extension',
  'submit-action-plan',
  'review-action-plan',
  'deliver-implementation-evidence',
  'verify-effectiveness',
  'confirm-evidence',
  // The programme's own tasks (clause 5), all for its manager.
  'launch-audit',
  'close-coverage-gap',
  'review-programme',
  'act-on-kpi',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/**
 * Tasks that are appointments rather than deadlines: the meeting's start is when, not a date to be late for. People
 * are reminded before; nobody is told they are overdue while the meeting may still be going on.
 */
export const APPOINTMENT_TASK_KINDS: readonly TaskKind[] = ['attend-meeting'];

export const TASK_STATES = ['open', 'overdue', 'done', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export interface ExtensionRequest {
  requestedBy: string;
  requestedAt: string;
  requestedDueAt: string;
  reason: string;
  /** The task opened for whoever decides. */
  decisionTaskId: string;
}

export interface Task {
  id: string;
  kind: TaskKind;
  title: string;
  assignee: string;
  role: AuditRole;
  /** What the task is about: a finding, document request, meeting, report version or another task. */
  subjectId?: string;
  createdAt: string;
  dueAt: string;
  /** Raised on every due-date change so reminders re-arm for the new date. */
  dueVersion: number;
  /** When the current due date was set; reminders whose moment had already passed then are not sent. */
  armedAt: string;
  state: TaskState;
  /** Number of escalation rungs fired for the current due date. */
  escalationLevel: number;
  /** Reminder keys already sent (`dueVersion:leadTime`). */
  remindersSent: string[];
  extension?: ExtensionRequest;
  closedAt?: string;
}

export function isActive(task: Task): boolean {
  return task.state === 'open' || task.state === 'overdue';
}

/** The earliest due date among active tasks, as an ISO timestamp. */
export function earliestDue(tasks: readonly Task[]): string | undefined {
  const due = tasks.filter(isActive).map((task) => Date.parse(task.dueAt));
  return due.length ? new Date(Math.min(...due)).toISOString() : undefined;
}
