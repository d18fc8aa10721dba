import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the list reads at scale (10,000 audits, 200,000 timeline lines): GET /audits, /tasks, /tasks/overdue,
 * /findings and /corrective-actions, each scoped to what the reader may see (read-model/visibility.ts).
 *
 * - Who is named in an audit is answered from indexes alone: each person column of `audits` (and a team member's
 *   e-mail) carries the audit id, so "the audits this person is on" is an index-only scan, never the audits' wide
 *   rows; the whole-audit delegates, kept in the header, have an index of their own, so no read parses every header
 *   (stored out of line, it was the largest cost of every list).
 * - The auditee tasks given to a person (delegates) are a partial index of their own, with what the check reads.
 * - Each list's sort order is an index, so a page is read in order and stops when full.
 * - A task's reminders and reassignments (the task view reads them from the timeline) and a corrective action's open
 *   tasks (its escalation rung) are found directly instead of among all of an audit's lines or all open tasks.
 *
 * Literals (the auditee roles, task states and timeline types) are copied on purpose: a migration stays what it was.
 */
const UP = [
  `CREATE INDEX audits_auditee_delegates_idx ON audits USING gin ((header -> 'auditeeDelegates') jsonb_path_ops)`,
  `DROP INDEX audits_programme_manager_idx`,
  `CREATE INDEX audits_programme_manager_idx ON audits (programme_manager_email) INCLUDE (id)`,
  `DROP INDEX audits_compliance_lead_idx`,
  `CREATE INDEX audits_compliance_lead_idx ON audits (compliance_lead_email) INCLUDE (id)`,
  `DROP INDEX audits_auditee_representative_idx`,
  `CREATE INDEX audits_auditee_representative_idx ON audits (auditee_representative_email) INCLUDE (id)`,
  `DROP INDEX audits_auditee_manager_idx`,
  `CREATE INDEX audits_auditee_manager_idx ON audits (auditee_manager_email) INCLUDE (id)`,
  `DROP INDEX audit_team_members_email_idx`,
  `CREATE INDEX audit_team_members_email_idx ON audit_team_members (email) INCLUDE (audit_id)`,
  `CREATE INDEX audit_tasks_delegated_idx ON audit_tasks (assignee, audit_id, subject_id) WHERE role IN ('auditee-representative', 'auditee-manager')`,

  // GET /audits: the most pressing first (the next due date; finished audits, with none, last).
  `DROP INDEX audits_next_due_at_idx`,
  `CREATE INDEX audits_list_order_idx ON audits (next_due_at, created_at DESC, id)`,
  // GET /tasks, soonest due first: every task, and the active ones (the inbox, the overdue lists).
  `CREATE INDEX audit_tasks_list_order_idx ON audit_tasks (due_at, audit_id, id)`,
  `CREATE INDEX audit_tasks_active_order_idx ON audit_tasks (due_at, audit_id, id) WHERE state IN ('open', 'overdue')`,
  // GET /findings, newest first; GET /corrective-actions, the most pressing first.
  `CREATE INDEX audit_findings_list_order_idx ON audit_findings (recorded_at DESC, audit_id, id)`,
  `CREATE INDEX corrective_actions_list_order_idx ON corrective_actions (next_due_at, opened_at, audit_id, finding_id)`,

  `CREATE INDEX audit_tasks_active_workflow_idx ON audit_tasks (workflow_id) WHERE state IN ('open', 'overdue')`,
  `CREATE INDEX audit_events_task_reminders_idx ON audit_events (audit_id, subject_id) WHERE type = 'notification.sent' AND (data ->> 'kind') = 'task-reminder'`,
  `CREATE INDEX audit_events_task_reassignments_idx ON audit_events (workflow_id, subject_id, id) WHERE type = 'task.reassigned'`,
];

const DOWN = [
  `DROP INDEX audit_events_task_reassignments_idx`,
  `DROP INDEX audit_events_task_reminders_idx`,
  `DROP INDEX audit_tasks_active_workflow_idx`,
  `DROP INDEX corrective_actions_list_order_idx`,
  `DROP INDEX audit_findings_list_order_idx`,
  `DROP INDEX audit_tasks_active_order_idx`,
  `DROP INDEX audit_tasks_list_order_idx`,
  `DROP INDEX audits_list_order_idx`,
  `CREATE INDEX audits_next_due_at_idx ON audits (next_due_at)`,
  `DROP INDEX audit_tasks_delegated_idx`,
  `DROP INDEX audit_team_members_email_idx`,
  `CREATE INDEX audit_team_members_email_idx ON audit_team_members (email)`,
  `DROP INDEX audits_auditee_manager_idx`,
  `CREATE INDEX audits_auditee_manager_idx ON audits (auditee_manager_email)`,
  `DROP INDEX audits_auditee_representative_idx`,
  `CREATE INDEX audits_auditee_representative_idx ON audits (auditee_representative_email)`,
  `DROP INDEX audits_compliance_lead_idx`,
  `CREATE INDEX audits_compliance_lead_idx ON audits (compliance_lead_email)`,
  `DROP INDEX audits_programme_manager_idx`,
  `CREATE INDEX audits_programme_manager_idx ON audits (programme_manager_email)`,
  `DROP INDEX audits_auditee_delegates_idx`,
];

export class ListReadIndexes1797800000000 implements MigrationInterface {
  name = 'ListReadIndexes1797800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
