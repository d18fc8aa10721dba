import { auditeeView, AuditeeViewable } from '@auditflow/domain';
import type { Meeting, PlanVersion, ReportVersion } from '@auditflow/domain';

const REP = 'rep@auditee.example';
const plan = (status: PlanVersion['status']) => ({ version: 1, status }) as PlanVersion;
const report = (issued: boolean) => ({ version: 1, status: issued ? 'issued' : 'approved', review: { comments: 'tighten 3.2', by: 'pm@x', at: 'now' }, ...(issued ? { issue: { recipients: [], by: 'lead@x', at: 'now' } } : {}) }) as unknown as ReportVersion;
const meeting = (status: Meeting['status']) => ({ id: 'M-1', kind: 'opening', status }) as Meeting;

function detail(overrides: Partial<AuditeeViewable> = {}): AuditeeViewable {
  return {
    openTasks: [
      { id: 'T-1', role: 'auditee-representative', assignee: REP },
      { id: 'T-2', role: 'team-leader', assignee: 'lead@x' },
      { id: 'T-3', role: 'auditor', assignee: REP },
    ],
    plans: [plan('draft'), plan('presented')],
    assignments: [{ id: 'W-1' }],
    checklist: [{ id: 'C-1' }],
    evidence: [{ id: 'E-1' }],
    regradeProposals: [{ findingId: 'F-3' }],
    meetings: [meeting('scheduled')],
    reports: [report(false), report(true)],
    timeline: [
      { type: 'audit.created' },
      { type: 'evidence.recorded', subjectId: 'E-1' },
      { type: 'task.opened', subjectId: 'T-2' },
      { type: 'task.opened', subjectId: 'T-1' },
      { type: 'notification.sent', data: { to: ['lead@x'], cc: [] } },
      { type: 'notification.sent', data: { to: ['lead@x'], cc: [REP] } },
    ],
    ...overrides,
  };
}
const tasks = detail().openTasks;

describe('what the auditee side sees of an audit', () => {
  const view = auditeeView(detail(), REP, tasks);

  it('keeps the team’s working papers and team tasks out', () => {
    expect(view.evidence).toEqual([]);
    expect(view.regradeProposals).toEqual([]);
    expect(view.assignments).toEqual([]);
    expect(view.openTasks.map((task) => task.id)).toEqual(['T-1', 'T-3']);
    expect(view.plans.map((one) => one.status)).toEqual(['presented']);
  });

  it('shows reports only once issued, without the review comments', () => {
    expect(view.reports).toHaveLength(1);
    expect(view.reports[0]).toMatchObject({ status: 'issued' });
    expect(view.reports[0]!.review).toBeUndefined();
  });

  it('shows the checklist only from the opening meeting on', () => {
    expect(view.checklist).toEqual([]);
    expect(auditeeView(detail({ meetings: [meeting('held')] }), REP, tasks).checklist).toEqual([{ id: 'C-1' }]);
  });

  it('keeps timeline lines about team work and mails to others out', () => {
    expect(view.timeline).toEqual([{ type: 'audit.created' }, { type: 'task.opened', subjectId: 'T-1' }, { type: 'notification.sent', data: { to: ['lead@x'], cc: [REP] } }]);
  });

  it('leaves the timeline out when the audit was read without it (its page is filtered on its own)', () => {
    const { timeline: _timeline, ...withoutTimeline } = detail();
    const shown = auditeeView(withoutTimeline, REP, tasks);
    expect('timeline' in shown).toBe(false);
    expect(shown.evidence).toEqual([]);
  });
});
