import type { AuditDetail, ChecklistItem, CorrectiveActionView, DocumentRequest, Evidence, Finding, FollowUp, Meeting, PlanVersion, ReportVersion, TeamMember, WorkAssignment } from '@auditflow/domain';
import { AuditRecord, auditSummarySql, toAuditSummary } from './audit-summary';
import { domainRow, plainRow } from './rows';
import { ReadModelSource, SqlParameters, withSnapshot } from './source';
import { getRegradeProposals } from './regrade-proposals';
import { getTimeline } from './timeline';
import { taskColumnsSql, toTaskView } from './task-view';

/** The detail and its parts are the API's documented answer (one definition, in the domain). */
export type { AuditDetail, CorrectiveActionView };

type Row = Record<string, unknown>;

/** The audit with everything recorded about it, or undefined when no step of it has been recorded. */
export async function getAuditDetail(source: ReadModelSource, auditId: string, now: Date = new Date()): Promise<AuditDetail | undefined> {
  return withSnapshot(source, async (db) => {
    const params = new SqlParameters();
    const [auditRow] = (await db.query(`${auditSummarySql(params.timestamp(now), { withDocuments: true })} WHERE a.id = ${params.add(auditId)}`, params.values)) as Row[];
    if (!auditRow) return undefined;
    const rows = async (sql: string, extra: unknown[] = []): Promise<Row[]> => db.query(sql, [auditId, ...extra]);
    const team = await rows(`SELECT email, name, role, unit FROM audit_team_members WHERE audit_id = $1 ORDER BY role = 'team-leader' DESC, name, email`);
    const openTasks = await rows(`SELECT ${taskColumnsSql('$2::timestamptz')} FROM audit_tasks t WHERE t.audit_id = $1 AND t.state IN ('open', 'overdue') ORDER BY t.due_at, t.id`, [now]);
    return {
      audit: toAuditSummary<AuditRecord>(auditRow),
      team: team.map((row) => plainRow<TeamMember>(row)),
      openTasks: openTasks.map((row) => toTaskView(row)),
      documents: (await rows(`SELECT * FROM audit_documents WHERE audit_id = $1 ORDER BY requested_at, id`)).map((row) => domainRow<DocumentRequest>(row)),
      plans: (await rows(`SELECT * FROM audit_plan_versions WHERE audit_id = $1 ORDER BY version`)).map((row) => domainRow<PlanVersion>(row)),
      assignments: (await rows(`SELECT * FROM audit_work_assignments WHERE audit_id = $1 ORDER BY ${byNumberedId}`)).map((row) => domainRow<WorkAssignment>(row)),
      checklist: (await rows(`SELECT * FROM audit_checklist_items WHERE audit_id = $1 ORDER BY ${byNumberedId}`)).map((row) => domainRow<ChecklistItem>(row)),
      evidence: (await rows(`SELECT * FROM audit_evidence WHERE audit_id = $1 ORDER BY recorded_at, ${byNumberedId}`)).map((row) => domainRow<Evidence>(row)),
      findings: (await rows(`SELECT * FROM audit_findings WHERE audit_id = $1 ORDER BY recorded_at, ${byNumberedId}`)).map((row) => domainRow<Finding>(row)),
      regradeProposals: await getRegradeProposals(db, auditId),
      meetings: (await rows(`SELECT * FROM audit_meetings WHERE audit_id = $1 ORDER BY starts_at, id`)).map((row) => domainRow<Meeting>(row)),
      reports: (await rows(`SELECT * FROM audit_report_versions WHERE audit_id = $1 ORDER BY version`)).map((row) => domainRow<ReportVersion>(row)),
      followUps: (await rows(`SELECT * FROM audit_follow_ups WHERE audit_id = $1 ORDER BY finding_id`)).map((row) => domainRow<FollowUp>(row)),
      correctiveActions: (await rows(`SELECT * FROM corrective_actions WHERE audit_id = $1 ORDER BY opened_at, finding_id`)).map((row) =>
        plainRow<CorrectiveActionView>(row, ['audit_id']),
      ),
      timeline: await getTimeline(db, auditId),
    };
  });
}

/** Ids such as C-2 and C-10 sort by their number, not as text. */
const byNumberedId = `(substring(id from '[0-9]+$'))::int NULLS LAST, id`;
