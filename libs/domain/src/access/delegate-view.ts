import { STEP_FOR_TASK } from '../audit/open-steps';
import { AUDITEE_ROLES, AuditRole } from '../roles';
import type { TaskKind } from '../tasks/task';
import { auditeeView, AuditeeViewable } from './auditee-view';

/** A task of the audit or its follow-ups as the read model lists it. */
export interface ListedTask {
  id: string;
  kind: TaskKind;
  role: AuditRole;
  assignee: string;
  subjectId?: string | null;
}

/** The auditee tasks given to a delegate (open or closed), and what each is about: all a delegate reads of an audit. */
export interface DelegatedWork {
  tasks: ListedTask[];
  /** Task ids and what they are about: a finding, a meeting, a plan version (`plan-2`). */
  subjects: Set<string>;
}

export function delegatedWork(tasks: readonly ListedTask[], viewerEmail: string): DelegatedWork {
  const viewer = viewerEmail.toLowerCase();
  const given = tasks.filter((task) => task.assignee === viewer && AUDITEE_ROLES.includes(task.role));
  const subjects = new Set<string>();
  for (const task of given) {
    subjects.add(task.id);
    if (task.subjectId) subjects.add(task.subjectId);
  }
  return { tasks: given, subjects };
}

/** The parts of the audit's header a delegate's task may need; the rest is the representative's business. */
interface HeaderOfAudit {
  objections: unknown[];
  urgentRisks: unknown[];
  scopeChanges: unknown[];
  auditeeDelegates: string[];
  contact?: unknown;
  feasibility?: unknown;
  documentReview?: unknown;
  conclusions?: unknown;
  completion?: unknown;
}

export interface DelegateViewable extends AuditeeViewable {
  audit: { header: HeaderOfAudit };
  documents: { id: string; taskId: string }[];
  findings: { id: string }[];
  followUps: { findingId: string }[];
  correctiveActions: { findingId: string }[];
}

/**
 * What a delegate sees of an audit: the audit itself (what it is, who audits, its phase) and, of what the auditee
 * sees, only their own tasks and what those are about: the documents a supply task asks for, the plan version they
 * answer, the meeting they attend, the finding they respond to and its follow-up, and the timeline lines and mails
 * about those. Nothing of the representative's other work, nor audit-wide records (feasibility, conclusions ...).
 */
export function delegateView<T extends DelegateViewable>(detail: T, viewerEmail: string, allTasks: readonly ListedTask[]): T {
  const auditee = auditeeView(detail, viewerEmail, [...allTasks]);
  const work = delegatedWork(allTasks, viewerEmail);
  const taskIds = new Set(work.tasks.map((task) => task.id));
  const documents = auditee.documents.filter((document) => taskIds.has(document.taskId));
  const about = new Set([...work.subjects, ...documents.map((document) => document.id)]);
  const acknowledgesContact = work.tasks.some((task) => task.kind === 'acknowledge-contact');
  const { contact, objections, feasibility: _feasibility, documentReview: _review, conclusions: _conclusions, completion: _completion, ...header } = auditee.audit.header;
  return {
    ...auditee,
    audit: {
      ...auditee.audit,
      header: { ...header, urgentRisks: [], scopeChanges: [], auditeeDelegates: [], objections: acknowledgesContact ? objections : [], ...(acknowledgesContact && contact ? { contact } : {}) },
    },
    openTasks: auditee.openTasks.filter((task) => taskIds.has(task.id)),
    documents,
    plans: auditee.plans.filter((plan) => about.has(`plan-${plan.version}`)),
    checklist: [],
    findings: auditee.findings.filter((finding) => about.has(finding.id)),
    meetings: auditee.meetings.filter((meeting) => about.has(meeting.id)),
    reports: [],
    followUps: auditee.followUps.filter((followUp) => about.has(followUp.findingId)),
    correctiveActions: auditee.correctiveActions.filter((action) => about.has(action.findingId)),
    // Mails kept by the auditee view are the viewer's own.
    ...(auditee.timeline && { timeline: auditee.timeline.filter((event) => event.type === 'notification.sent' || (!!event.subjectId && about.has(event.subjectId))) }),
  };
}

/**
 * The steps an audit's page offers its reader, when they act in the representative's role without being the
 * representative (a delegate): those of the open tasks given to them, and asking to extend one; the rules refuse the
 * rest. Undefined when the page need not narrow what stepsOpenTo offers.
 */
export function delegateStepFilter(
  viewerEmail: string,
  representativeEmail: string,
  yourRoles: readonly AuditRole[],
  openTasks: readonly { kind: TaskKind; assignee: string }[],
): ((action: string) => boolean) | undefined {
  const viewer = viewerEmail.toLowerCase();
  const delegate = viewer !== representativeEmail.toLowerCase() && yourRoles.length === 1 && yourRoles[0] === 'auditee-representative';
  if (!delegate) return undefined;
  const theirs = new Set<string>(openTasks.filter((task) => task.assignee === viewer).flatMap((task) => STEP_FOR_TASK[task.kind] ?? []));
  return (action) => action === 'requestExtension' || theirs.has(action);
}
