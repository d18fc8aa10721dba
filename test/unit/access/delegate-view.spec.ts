import { delegatedWork, delegateStepFilter, delegateView, DelegateViewable, ListedTask } from '@auditflow/domain';
import type { Meeting, PlanVersion, ReportVersion } from '@auditflow/domain';

const REP = 'rep@auditee.example';
const DEPUTY = 'deputy@auditee.example';
const plan = (version: number) => ({ version, status: 'presented' }) as PlanVersion;
const meeting = (id: string) => ({ id, kind: 'opening', status: 'held' }) as Meeting;

/** The deputy was given the supply task T-3 (documents D-2, D-3) and the response to F-1 (T-5), then its follow-up. */
const tasks: ListedTask[] = [
  { id: 'T-1', kind: 'acknowledge-contact', role: 'auditee-representative', assignee: REP },
  { id: 'T-2', kind: 'supply-documents', role: 'auditee-representative', assignee: REP },
  { id: 'T-3', kind: 'supply-documents', role: 'auditee-representative', assignee: DEPUTY },
  { id: 'T-4', kind: 'answer-plan', role: 'auditee-representative', assignee: REP, subjectId: 'plan-1' },
  { id: 'T-5', kind: 'respond-to-finding', role: 'auditee-representative', assignee: DEPUTY, subjectId: 'F-1' },
  { id: 'T-6', kind: 'respond-to-finding', role: 'auditee-representative', assignee: REP, subjectId: 'F-2' },
  { id: 'T-7', kind: 'attend-meeting', role: 'auditee-representative', assignee: REP, subjectId: 'M-1' },
  { id: 'F-1.T-1', kind: 'submit-action-plan', role: 'auditee-representative', assignee: DEPUTY, subjectId: 'F-1' },
  { id: 'T-8', kind: 'review-documents', role: 'team-leader', assignee: 'lead@x' },
];

/** Collections the auditee view empties for everyone (working papers) are left out: they play no part here. */
function detail(): DelegateViewable {
  return {
    audit: {
      header: {
        objections: [{ memberEmail: 'auditor@x' }],
        urgentRisks: [{ id: 'R-1' }],
        scopeChanges: [{ reason: 'x' }],
        auditeeDelegates: [],
        contact: { acknowledgedBy: REP },
        feasibility: { feasible: true },
        conclusions: { conformityDegree: 'partly' },
      },
    },
    openTasks: tasks.filter((task) => ['T-2', 'T-3', 'T-6', 'F-1.T-1', 'T-8'].includes(task.id)),
    documents: [
      { id: 'D-1', taskId: 'T-2' },
      { id: 'D-2', taskId: 'T-3' },
      { id: 'D-3', taskId: 'T-3' },
    ],
    plans: [plan(1)],
    checklist: [{ id: 'C-1' }],
    findings: [{ id: 'F-1' }, { id: 'F-2' }],
    meetings: [meeting('M-1')],
    reports: [{ version: 1, status: 'issued', issue: { recipients: [], by: 'lead@x', at: 'now' } } as unknown as ReportVersion],
    followUps: [{ findingId: 'F-1' }, { findingId: 'F-2' }],
    correctiveActions: [{ findingId: 'F-1' }, { findingId: 'F-2' }],
    timeline: [
      { type: 'audit.created' },
      { type: 'contact.acknowledged' },
      { type: 'task.opened', subjectId: 'T-2' },
      { type: 'task.reassigned', subjectId: 'T-3' },
      { type: 'document.supplied', subjectId: 'D-2' },
      { type: 'document.supplied', subjectId: 'D-1' },
      { type: 'finding.acknowledged', subjectId: 'F-1' },
      { type: 'finding.disputed', subjectId: 'F-2' },
      { type: 'action-plan.submitted', subjectId: 'F-1' },
      { type: 'notification.sent', subjectId: 'T-3', data: { to: [DEPUTY], cc: [] } },
      { type: 'notification.sent', subjectId: 'T-2', data: { to: [REP], cc: [] } },
    ],
  } as unknown as DelegateViewable;
}

describe('what a delegate sees of an audit', () => {
  const view = delegateView(detail(), 'Deputy@Auditee.Example', tasks);

  it('shows their own tasks and what those are about, and nothing else of the auditee’s work', () => {
    expect(view.openTasks.map((task) => task.id)).toEqual(['T-3', 'F-1.T-1']);
    expect(view.documents.map((document) => document.id)).toEqual(['D-2', 'D-3']);
    expect(view.findings).toEqual([{ id: 'F-1' }]);
    expect(view.followUps).toEqual([{ findingId: 'F-1' }]);
    expect(view.correctiveActions).toEqual([{ findingId: 'F-1' }]);
    expect(view.plans).toEqual([]);
    expect(view.meetings).toEqual([]);
    expect(view.checklist).toEqual([]);
    expect(view.reports).toEqual([]);
  });

  it('keeps the audit-wide records of the header out', () => {
    expect(view.audit.header).toEqual({ objections: [], urgentRisks: [], scopeChanges: [], auditeeDelegates: [] });
  });

  it('shows the timeline lines about their tasks and the mails sent to them', () => {
    expect(view.timeline?.map((event) => `${event.type} ${event.subjectId ?? ''}`)).toEqual([
      'task.reassigned T-3',
      'document.supplied D-2',
      'finding.acknowledged F-1',
      'action-plan.submitted F-1',
      'notification.sent T-3',
    ]);
  });

  it('shows the contact record and objections to whoever was given the acknowledgement', () => {
    const acknowledging = tasks.map((task) => (task.id === 'T-1' ? { ...task, assignee: DEPUTY } : task));
    expect(delegateView(detail(), DEPUTY, acknowledging).audit.header).toMatchObject({ contact: { acknowledgedBy: REP }, objections: [{ memberEmail: 'auditor@x' }] });
  });

  it('names the tasks given to someone and their subjects', () => {
    expect([...delegatedWork(tasks, DEPUTY).subjects].sort()).toEqual(['F-1', 'F-1.T-1', 'T-3', 'T-5']);
    expect(delegatedWork(tasks, 'lead@x').tasks).toEqual([]);
  });

  it('has an audit page offer a delegate the steps of their open tasks only, and narrows nothing for anyone else', () => {
    const open = tasks.filter((task) => ['T-2', 'T-3', 'F-1.T-1'].includes(task.id));
    const offered = delegateStepFilter(DEPUTY, REP, ['auditee-representative'], open)!;
    expect(['supplyDocument', 'requestExtension', 'answerPlan', 'respondToFinding', 'acknowledgeContact'].filter(offered)).toEqual(['supplyDocument', 'requestExtension']);
    expect(delegateStepFilter(REP, REP, ['auditee-representative'], open)).toBeUndefined();
    expect(delegateStepFilter('manager@auditee.example', REP, ['auditee-manager', 'auditee-representative'], open)).toBeUndefined();
    expect(delegateStepFilter('lead@x', REP, ['team-leader'], open)).toBeUndefined();
  });
});
