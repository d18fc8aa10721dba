import type { AuditDetail, AuditDetailWithoutTimeline, ChecklistItem, CorrectiveActionView, DocumentRequest, Evidence, Finding, FollowUp, Meeting, PlanVersion, RegradeProposal, ReportVersion, TeamMember, WorkAssignment } from '@auditflow/domain';
import { AuditRecord, auditSummarySql, toAuditSummary } from './audit-summary';
import { readInOneRoundTrip, sqlLiteral } from './one-round-trip';
import { domainRow, plainRow } from './rows';
import { ReadModelSource } from './source';
import { regradeProposalsSql } from './regrade-proposals';
import { timelineSql, toTimeline } from './timeline';
import { taskColumnsSql, toTaskView } from './task-view';

/** The detail and its parts are the API's documented answer (one definition, in the domain). */
export type { AuditDetail, AuditDetailWithoutTimeline, CorrectiveActionView };

/**
 * The audit with everything recorded about it, its whole timeline included (the record export), or undefined when no
 * step of it has been recorded. Read from one snapshot in one round trip: the projection commits each step
 * atomically, so this is the audit after some step.
 */
export async function getAuditDetail(source: ReadModelSource, auditId: string, now: Date = new Date()): Promise<AuditDetail | undefined> {
  const [detail, timeline] = await readDetail(source, auditId, now, [timelineSql(sqlLiteral(auditId))] as const);
  return detail && { ...detail, timeline: toTimeline(timeline) };
}

/** The same without the timeline, which is read a page at a time (getTimelinePage): what an audit's page shows. */
export async function getAuditDetailWithoutTimeline(source: ReadModelSource, auditId: string, now: Date = new Date()): Promise<AuditDetailWithoutTimeline | undefined> {
  const [detail] = await readDetail(source, auditId, now, [] as const);
  return detail;
}

/** The audit without its timeline, and the rows of `more` statements, from one snapshot in one round trip. */
async function readDetail<More extends readonly string[]>(source: ReadModelSource, auditId: string, now: Date, more: More) {
  const id = sqlLiteral(auditId);
  const at = sqlLiteral(now);
  const [auditRows, team, openTasks, documents, plans, assignments, checklist, evidence, findings, regradeProposals, meetings, reports, followUps, correctiveActions, ...moreRows] =
    await readInOneRoundTrip(source, [
      `${auditSummarySql(at, { withDocuments: true })} WHERE a.id = ${id}`,
      `SELECT email, name, role, unit FROM audit_team_members WHERE audit_id = ${id} ORDER BY role = 'team-leader' DESC, name, email`,
      `SELECT ${taskColumnsSql(at)} FROM audit_tasks t WHERE t.audit_id = ${id} AND t.state IN ('open', 'overdue') ORDER BY t.due_at, t.id`,
      `SELECT * FROM audit_documents WHERE audit_id = ${id} ORDER BY requested_at, id`,
      `SELECT * FROM audit_plan_versions WHERE audit_id = ${id} ORDER BY version`,
      `SELECT * FROM audit_work_assignments WHERE audit_id = ${id} ORDER BY ${byNumberedId}`,
      `SELECT * FROM audit_checklist_items WHERE audit_id = ${id} ORDER BY ${byNumberedId}`,
      `SELECT * FROM audit_evidence WHERE audit_id = ${id} ORDER BY recorded_at, ${byNumberedId}`,
      `SELECT * FROM audit_findings WHERE audit_id = ${id} ORDER BY recorded_at, ${byNumberedId}`,
      regradeProposalsSql(id),
      `SELECT * FROM audit_meetings WHERE audit_id = ${id} ORDER BY starts_at, id`,
      `SELECT * FROM audit_report_versions WHERE audit_id = ${id} ORDER BY version`,
      `SELECT * FROM audit_follow_ups WHERE audit_id = ${id} ORDER BY finding_id`,
      `SELECT * FROM corrective_actions WHERE audit_id = ${id} ORDER BY opened_at, finding_id`,
      ...more,
    ] as const);
  const [auditRow] = auditRows;
  const detail: AuditDetailWithoutTimeline | undefined = auditRow && {
    audit: toAuditSummary<AuditRecord>(auditRow),
    team: team.map((row) => plainRow<TeamMember>(row)),
    openTasks: openTasks.map((row) => toTaskView(row)),
    documents: documents.map((row) => domainRow<DocumentRequest>(row)),
    plans: plans.map((row) => domainRow<PlanVersion>(row)),
    assignments: assignments.map((row) => domainRow<WorkAssignment>(row)),
    checklist: checklist.map((row) => domainRow<ChecklistItem>(row)),
    evidence: evidence.map((row) => domainRow<Evidence>(row)),
    findings: findings.map((row) => domainRow<Finding>(row)),
    regradeProposals: regradeProposals as RegradeProposal[],
    meetings: meetings.map((row) => domainRow<Meeting>(row)),
    reports: reports.map((row) => domainRow<ReportVersion>(row)),
    followUps: followUps.map((row) => domainRow<FollowUp>(row)),
    correctiveActions: correctiveActions.map((row) => plainRow<CorrectiveActionView>(row, ['audit_id'])),
  };
  return [detail, ...moreRows] as const;
}

/** Ids such as C-2 and C-10 sort by their number, not as text. */
const byNumberedId = `(substring(id from '[0-9]+$'))::int NULLS LAST, id`;
