import { conflict, ensure, invalid } from '../rejection';
import { needsFollowUp, unresolvedDisputes } from './findings';
import { ActionHandlers, AuditChange, enterPhase } from './change';
import { teamLeader } from './people';
import { AuditState, ReportVersion } from './state';

type ReportingActions = 'draftReport' | 'reviewReport' | 'approveReport' | 'approveReportRecipients' | 'issueReport' | 'completeAudit';

export const reportingHandlers: ActionHandlers<ReportingActions> = {
  draftReport(change, payload) {
    const version = change.state.reports.length + 1;
    const reports = change.state.reports.map((report) => (report.status === 'issued' ? report : { ...report, status: 'superseded' as const }));
    change.update({ reports: [...reports, { version, content: payload.content, status: 'draft', draftedBy: change.actor!.email, draftedAt: change.now }] });
    change.closeTasks((task) => task.kind === 'review-report' || task.kind === 'approve-report', 'cancelled');
    change.record({ type: 'report.drafted', summary: `Report version ${version} drafted`, subjectId: `report-${version}` });
    change.openTask({
      kind: 'review-report',
      title: `Review report version ${version}`,
      assignee: change.state.definition.programmeManager.email,
      role: 'programme-manager',
      subjectId: `report-${version}`,
      dueWithin: change.state.settings.reportReviewWithin,
    });
  },

  reviewReport(change, payload) {
    const report = currentReport(change, 'draft', 'there is no report draft to review');
    ensure(report.draftedBy !== change.actor!.email, () => conflict('the author of a report may not review it'));
    replaceReport(change, { ...report, status: 'reviewed', review: { comments: payload.comments, by: change.actor!.email, at: change.now } });
    change.closeTasks((task) => task.kind === 'review-report');
    change.record({ type: 'report.reviewed', summary: `Report version ${report.version} reviewed: ${payload.comments}`, subjectId: `report-${report.version}` });
    change.openTask({
      kind: 'approve-report',
      title: `Approve report version ${report.version}`,
      assignee: teamLeader(change.state).email,
      role: 'team-leader',
      subjectId: `report-${report.version}`,
      dueWithin: change.state.settings.reportApprovalWithin,
    });
  },

  approveReport(change) {
    const report = currentReport(change, 'reviewed', 'the report must be reviewed before it is approved');
    replaceReport(change, { ...report, status: 'approved', approval: { by: change.actor!.email, at: change.now } });
    change.closeTasks((task) => task.kind === 'approve-report');
    change.record({ type: 'report.approved', summary: `Report version ${report.version} approved`, subjectId: `report-${report.version}` });
  },

  approveReportRecipients(change, payload) {
    const approval = { recipients: payload.recipients, reason: payload.reason, by: change.actor!.email, at: change.now };
    change.update({ approvedReportRecipients: [...(change.state.approvedReportRecipients ?? []), approval] });
    change.record({ type: 'report.recipients-approved', summary: `The audit client approved sending the report to ${payload.recipients.join(', ')}: ${payload.reason}` });
  },

  issueReport(change, payload) {
    const { state } = change;
    const report = currentReport(change, 'approved', 'only an approved report can be issued');
    if (state.settings.reportRecipientsRestricted) {
      const allowed = reportRecipientsAllowed(state);
      payload.recipients.forEach((recipient, index) => {
        ensure(allowed.has(recipient), () =>
          invalid(`recipients.${index}`, `${recipient} is neither one of the audit's people nor on the programme's distribution list: the audit client approves other recipients first (approveReportRecipients)`),
        );
      });
    }
    const late = state.reportDueAt !== undefined && Date.parse(change.now) > Date.parse(state.reportDueAt);
    ensure(!late || payload.lateReason, () => invalid('lateReason', `is required: the report was due by ${state.reportDueAt}`));
    replaceReport(change, { ...report, status: 'issued', issue: { recipients: payload.recipients, by: change.actor!.email, at: change.now, lateReason: late ? payload.lateReason : undefined } });
    change.closeTasks((task) => task.kind === 'issue-report');
    const { definition } = state;
    change.record({
      type: 'report.issued',
      summary: `Report version ${report.version} issued to ${payload.recipients.join(', ')}${late ? ` (late: ${payload.lateReason})` : ''}`,
      subjectId: `report-${report.version}`,
      notify: [
        { kind: 'report-distributed', key: `report-${report.version}:distributed`, to: payload.recipients, cc: [], data: { auditTitle: definition.title, version: report.version, summary: report.content.summary } },
        ...(late
          ? [{ kind: 'report-late' as const, key: `report-${report.version}:late`, to: [definition.auditee.representative.email, definition.programmeManager.email], cc: [], data: { auditTitle: definition.title, dueAt: state.reportDueAt, reason: payload.lateReason } }]
          : []),
      ],
    });
    enterPhase(change, 'completing');
  },

  completeAudit(change, payload) {
    ensure(payload.retention === 'dispose' || payload.retainUntil, () => invalid('retainUntil', 'is required when records are retained'));
    const disputed = change.state.settings.disputesResolvedBeforeFollowUp ? unresolvedDisputes(change.state) : [];
    ensure(disputed.length === 0, () => conflict(`disputed nonconformities must be resolved (upheld, regraded or withdrawn) before follow-up starts: ${disputed.map((finding) => finding.id).join(', ')}`));
    change.update({ completion: { retention: payload.retention, retainUntil: payload.retainUntil, lessonsLearned: payload.lessonsLearned, completedBy: change.actor!.email, completedAt: change.now } });
    change.closeTasks((task) => task.kind === 'complete-audit');
    change.record({ type: 'audit.completed', summary: `Audit completed: records ${payload.retention === 'retain' ? `retained until ${payload.retainUntil}` : 'to be disposed'}; ${payload.lessonsLearned.length} lessons learned` });
    const followUp = change.state.findings.some(needsFollowUp);
    enterPhase(change, followUp ? 'following-up' : 'closed', followUp ? undefined : 'no nonconformity needs follow-up');
  },
};

/**
 * The auditee and the audit client hear the moment the report's due date passes unissued (6.5), not only when it is
 * issued late. Runs after the clock moved tasks: `before` is the state the tick started from.
 */
export function tellWhenReportOverdue(change: AuditChange, before: AuditState): void {
  const { definition } = change.state;
  for (const task of change.state.tasks) {
    if (task.kind !== 'issue-report' || task.state !== 'overdue') continue;
    if (before.tasks.find((candidate) => candidate.id === task.id)?.state === 'overdue') continue;
    const leader = teamLeader(change.state);
    change.record({
      type: 'report.overdue',
      summary: `The audit report was due ${task.dueAt} and is not issued: the auditee and the programme manager are told`,
      // No subject: the line is about the report, which the auditee side follows too, not about the team's task.
      data: { taskId: task.id, dueAt: task.dueAt },
      notify: [
        {
          kind: 'report-overdue',
          key: `${task.id}:report-overdue:${task.dueVersion}`,
          to: [definition.auditee.representative.email, definition.programmeManager.email],
          cc: [],
          data: { auditTitle: definition.title, dueAt: task.dueAt, teamLeader: `${leader.name} <${leader.email}>` },
        },
      ],
    });
  }
}

/** Whom the report may go to without asking (6.5): the audit's people, the distribution list, approved recipients. */
export function reportRecipientsAllowed(state: AuditState): Set<string> {
  const { definition } = state;
  return new Set([
    definition.auditee.representative.email,
    definition.auditee.manager.email,
    definition.programmeManager.email,
    definition.complianceLead.email,
    ...state.team.map((member) => member.email),
    ...state.auditeeDelegates,
    ...(state.settings.reportDistributionList ?? []),
    ...(state.approvedReportRecipients ?? []).flatMap((approval) => approval.recipients),
  ]);
}

function currentReport(change: AuditChange, status: ReportVersion['status'], message: string): ReportVersion {
  const report = change.state.reports[change.state.reports.length - 1];
  ensure(report && report.status === status, () => conflict(message));
  return report;
}

function replaceReport(change: AuditChange, report: ReportVersion): void {
  change.update({ reports: change.state.reports.map((candidate) => (candidate.version === report.version ? report : candidate)) });
}
