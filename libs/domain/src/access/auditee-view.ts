import type { Meeting, PlanVersion, ReportVersion } from '../audit/state';
import { AUDITEE_ROLES, AuditRole } from '../roles';

/**
 * What the auditee side (representative, manager, and whole-audit delegates of audits launched before delegation
 * became per task) sees of an audit; a delegate of tasks sees less (delegateView). The team's working papers stay with
 * the team: evidence notes, work assignments and proposals to raise findings always, the checklist until the opening meeting is held, plan and
 * report versions until they are presented or issued, and tasks, mails and timeline lines about team work.
 * Findings are shown as recorded: the auditee acknowledges or disputes each one (ISO 19011 6.4.8).
 */
export interface AuditeeViewable {
  openTasks: { id: string; role: AuditRole; assignee: string }[];
  plans: PlanVersion[];
  assignments: unknown[];
  checklist: unknown[];
  evidence: unknown[];
  regradeProposals: unknown[];
  meetings: Meeting[];
  reports: ReportVersion[];
  /** Absent when the reader reads the audit without its timeline (GET /audits/{id}); filtered when present. */
  timeline?: { type: string; subjectId?: string; data?: Record<string, unknown> }[];
}

/** Timeline lines about the team's working papers. */
const TEAM_ONLY_EVENTS = new Set(['evidence.recorded', 'work.assigned', 'checklist.extended', 'plan.drafted', 'report.drafted', 'report.reviewed', 'report.approved', 'conclusions.recorded']);

export function isAuditeeSideTask(task: { role: AuditRole; assignee: string }, viewer: string): boolean {
  return AUDITEE_ROLES.includes(task.role) || task.assignee === viewer;
}

export function auditeeView<T extends AuditeeViewable>(detail: T, viewerEmail: string, allTasks: { id: string; role: AuditRole; assignee: string }[]): T {
  const viewer = viewerEmail.toLowerCase();
  const openingHeld = detail.meetings.some((meeting) => meeting.kind === 'opening' && meeting.status === 'held');
  const teamTasks = new Set(allTasks.filter((task) => !isAuditeeSideTask(task, viewer)).map((task) => task.id));
  return {
    ...detail,
    openTasks: detail.openTasks.filter((task) => isAuditeeSideTask(task, viewer)),
    plans: detail.plans.filter((plan) => plan.status !== 'draft'),
    assignments: [],
    checklist: openingHeld ? detail.checklist : [],
    evidence: [],
    regradeProposals: [],
    reports: detail.reports.filter((report) => report.issue !== undefined).map(({ review: _review, ...issued }) => issued as ReportVersion),
    ...(detail.timeline && {
      timeline: detail.timeline.filter((event) => {
        if (TEAM_ONLY_EVENTS.has(event.type)) return false;
        if (event.subjectId && teamTasks.has(event.subjectId)) return false;
        if (event.type === 'notification.sent') return mailedTo(event.data, viewer);
        return true;
      }),
    }),
  };
}

function mailedTo(data: Record<string, unknown> | undefined, viewer: string): boolean {
  const to = (data?.to as string[] | undefined) ?? [];
  const cc = (data?.cc as string[] | undefined) ?? [];
  return [...to, ...cc].some((address) => address.toLowerCase() === viewer);
}
