import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: programmes and auditors (written by the API), the audit read model (written only by the
 * projection activity from workflow progress records), the append-only timeline and the notification outbox.
 *
 * Written by hand and frozen: literals such as the phase list are copied here on purpose instead of imported from
 * libs/domain, so that changing the domain later cannot change what this migration did. Later changes get their own
 * migration.
 *
 * Every workflow-owned row carries `last_seq`, the first event sequence number of the progress record that wrote it,
 * so the projection can refuse to overwrite newer state with an older record.
 */
export class InitialSchema1795449531661 implements MigrationInterface {
  name = 'InitialSchema1795449531661';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

const UP = [
  // Audit programmes (ISO 19011 clause 5), maintained by programme managers through the API.
  `CREATE TABLE programmes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    description text,
    objectives jsonb NOT NULL DEFAULT '[]',
    risks jsonb NOT NULL DEFAULT '[]',
    extent text,
    manager_email text NOT NULL,
    manager_name text NOT NULL,
    compliance_lead_email text NOT NULL,
    compliance_lead_name text NOT NULL,
    settings jsonb NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'draft' CONSTRAINT programmes_status_check CHECK (status IN ('draft', 'approved')),
    approved_by text,
    approved_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT programmes_approval_check CHECK (status <> 'approved' OR (approved_by IS NOT NULL AND approved_at IS NOT NULL))
  )`,
  `CREATE INDEX programmes_status_idx ON programmes (status)`,

  // The auditor pool (clause 7): competences and evaluations, maintained through the API.
  `CREATE TABLE auditors (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL CONSTRAINT auditors_email_key UNIQUE,
    name text NOT NULL,
    unit text,
    competences jsonb NOT NULL DEFAULT '[]',
    team_leader_qualified boolean NOT NULL DEFAULT false,
    evaluations jsonb NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Team selection asks "who has competence X": competences ? 'x'.
  `CREATE INDEX auditors_competences_idx ON auditors USING gin (competences)`,

  // One row per audit workflow; the columns people filter on, plus the whole header for detail views.
  `CREATE TABLE audits (
    id uuid PRIMARY KEY,
    workflow_id text NOT NULL CONSTRAINT audits_workflow_id_key UNIQUE,
    programme_id uuid NOT NULL CONSTRAINT audits_programme_fk REFERENCES programmes (id),
    title text NOT NULL,
    phase text NOT NULL CONSTRAINT audits_phase_check
      CHECK (phase IN ('initiating', 'preparing', 'conducting', 'reporting', 'completing', 'following-up', 'closed', 'cancelled')),
    auditee_unit text NOT NULL,
    auditee_representative_email text NOT NULL,
    auditee_manager_email text NOT NULL,
    programme_manager_email text NOT NULL,
    compliance_lead_email text NOT NULL,
    planned_start timestamptz NOT NULL,
    planned_end timestamptz NOT NULL,
    report_due_at timestamptz,
    next_due_at timestamptz,
    definition jsonb NOT NULL,
    header jsonb NOT NULL,
    cancellation_reason text,
    last_seq integer NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE INDEX audits_phase_idx ON audits (phase)`,
  `CREATE INDEX audits_programme_id_idx ON audits (programme_id)`,
  `CREATE INDEX audits_auditee_unit_idx ON audits (auditee_unit)`,
  `CREATE INDEX audits_next_due_at_idx ON audits (next_due_at)`,

  `CREATE TABLE audit_team_members (
    audit_id uuid NOT NULL CONSTRAINT audit_team_members_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    email text NOT NULL,
    name text NOT NULL,
    role text NOT NULL,
    unit text,
    last_seq integer NOT NULL,
    PRIMARY KEY (audit_id, email)
  )`,
  // "Audits I am on the team of".
  `CREATE INDEX audit_team_members_email_idx ON audit_team_members (email)`,

  // Tasks of the audit and of its corrective actions (ids such as T-3 or F-2/T-1 never collide within an audit).
  `CREATE TABLE audit_tasks (
    audit_id uuid NOT NULL CONSTRAINT audit_tasks_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    id text NOT NULL,
    workflow_id text NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    assignee text NOT NULL,
    role text NOT NULL,
    subject_id text,
    due_at timestamptz NOT NULL,
    due_version integer NOT NULL,
    state text NOT NULL CONSTRAINT audit_tasks_state_check CHECK (state IN ('open', 'overdue', 'done', 'cancelled')),
    escalation_level integer NOT NULL,
    extension jsonb,
    created_at timestamptz NOT NULL,
    closed_at timestamptz,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, id)
  )`,
  `CREATE INDEX audit_tasks_assignee_state_idx ON audit_tasks (assignee, state)`,
  `CREATE INDEX audit_tasks_state_due_at_idx ON audit_tasks (state, due_at)`,

  `CREATE TABLE audit_documents (
    audit_id uuid NOT NULL CONSTRAINT audit_documents_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    id text NOT NULL,
    task_id text NOT NULL,
    name text NOT NULL,
    description text,
    requested_at timestamptz NOT NULL,
    due_at timestamptz NOT NULL,
    supplied jsonb,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, id)
  )`,

  `CREATE TABLE audit_plan_versions (
    audit_id uuid NOT NULL CONSTRAINT audit_plan_versions_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    version integer NOT NULL,
    content jsonb NOT NULL,
    status text NOT NULL,
    drafted_by text NOT NULL,
    drafted_at timestamptz NOT NULL,
    answer jsonb,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, version)
  )`,

  `CREATE TABLE audit_work_assignments (
    audit_id uuid NOT NULL CONSTRAINT audit_work_assignments_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    id text NOT NULL,
    auditor text NOT NULL,
    area text NOT NULL,
    unit text,
    checklist_item_ids jsonb NOT NULL DEFAULT '[]',
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, id)
  )`,

  `CREATE TABLE audit_checklist_items (
    audit_id uuid NOT NULL CONSTRAINT audit_checklist_items_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    id text NOT NULL,
    key text,
    standard text NOT NULL,
    clause text NOT NULL,
    title text,
    question text NOT NULL,
    expected_evidence text NOT NULL,
    method text NOT NULL,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, id)
  )`,

  `CREATE TABLE audit_evidence (
    audit_id uuid NOT NULL CONSTRAINT audit_evidence_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    id text NOT NULL,
    checklist_item_id text NOT NULL,
    kind text NOT NULL,
    description text NOT NULL,
    reference text,
    sampling text,
    authorisation jsonb,
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, id)
  )`,

  `CREATE TABLE audit_findings (
    audit_id uuid NOT NULL CONSTRAINT audit_findings_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    id text NOT NULL,
    grade text NOT NULL,
    criterion text NOT NULL,
    statement text NOT NULL,
    evidence_ids jsonb NOT NULL DEFAULT '[]',
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL,
    response jsonb,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, id)
  )`,
  // Programme monitoring (5.6) looks at findings by grade across audits.
  `CREATE INDEX audit_findings_grade_idx ON audit_findings (grade)`,

  `CREATE TABLE audit_meetings (
    audit_id uuid NOT NULL CONSTRAINT audit_meetings_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    id text NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    time_zone text NOT NULL,
    location text NOT NULL,
    organizer jsonb NOT NULL,
    attendees jsonb NOT NULL DEFAULT '[]',
    sequence integer NOT NULL,
    status text NOT NULL,
    held jsonb,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, id)
  )`,

  `CREATE TABLE audit_report_versions (
    audit_id uuid NOT NULL CONSTRAINT audit_report_versions_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    version integer NOT NULL,
    content jsonb NOT NULL,
    status text NOT NULL,
    drafted_by text NOT NULL,
    drafted_at timestamptz NOT NULL,
    review jsonb,
    approval jsonb,
    issue jsonb,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, version)
  )`,

  // The audit's own view of its follow-ups (which child workflow, open or closed), written by the audit workflow.
  `CREATE TABLE audit_follow_ups (
    audit_id uuid NOT NULL CONSTRAINT audit_follow_ups_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    finding_id text NOT NULL,
    workflow_id text NOT NULL,
    state text NOT NULL CONSTRAINT audit_follow_ups_state_check CHECK (state IN ('open', 'closed')),
    closed_at timestamptz,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, finding_id)
  )`,

  // One row per corrective-action child workflow (clause 6.7), written by that workflow's progress records.
  `CREATE TABLE corrective_actions (
    audit_id uuid NOT NULL CONSTRAINT corrective_actions_audit_fk REFERENCES audits (id) ON DELETE CASCADE,
    finding_id text NOT NULL,
    workflow_id text NOT NULL CONSTRAINT corrective_actions_workflow_id_key UNIQUE,
    grade text NOT NULL,
    status text NOT NULL CONSTRAINT corrective_actions_status_check
      CHECK (status IN ('awaiting-plan', 'plan-submitted', 'implementing', 'evidence-submitted', 'closed')),
    round integer NOT NULL,
    opened_at timestamptz NOT NULL,
    closed_at timestamptz,
    next_due_at timestamptz,
    plans jsonb NOT NULL DEFAULT '[]',
    evidence jsonb NOT NULL DEFAULT '[]',
    verifications jsonb NOT NULL DEFAULT '[]',
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (audit_id, finding_id)
  )`,
  `CREATE INDEX corrective_actions_status_next_due_at_idx ON corrective_actions (status, next_due_at)`,

  // The timeline: append-only, one row per (workflow, event sequence number). No foreign key to audits on purpose:
  // the record of what happened must not depend on the order in which read-model rows arrive.
  `CREATE TABLE audit_events (
    id bigserial PRIMARY KEY,
    audit_id uuid NOT NULL,
    workflow_id text NOT NULL,
    seq integer NOT NULL,
    type text NOT NULL,
    summary text NOT NULL,
    phase text NOT NULL,
    actor_email text,
    actor_role text,
    subject_id text,
    data jsonb,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT audit_events_workflow_seq_key UNIQUE (workflow_id, seq)
  )`,
  `CREATE INDEX audit_events_audit_occurred_idx ON audit_events (audit_id, occurred_at, id)`,
  // Insert-only is enforced by the database too, so no code path can rewrite history.
  `CREATE FUNCTION audit_events_reject_update() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_events is append-only: event % of % cannot be changed', OLD.seq, OLD.workflow_id;
  END
  $$`,
  `CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_reject_update()`,

  // The notification outbox: inserted once per dedupe key, delivered and marked sent by the sender activity.
  `CREATE TABLE notifications (
    dedupe_key text PRIMARY KEY,
    audit_id uuid,
    workflow_id text NOT NULL,
    kind text NOT NULL,
    recipients jsonb NOT NULL,
    data jsonb NOT NULL DEFAULT '{}',
    invite jsonb,
    task_id text,
    status text NOT NULL DEFAULT 'pending' CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent')),
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    message_id text NOT NULL CONSTRAINT notifications_message_id_key UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz
  )`,
  `CREATE INDEX notifications_status_created_at_idx ON notifications (status, created_at)`,
];

const DOWN = [
  `DROP TABLE notifications`,
  `DROP TRIGGER audit_events_append_only ON audit_events`,
  `DROP FUNCTION audit_events_reject_update()`,
  `DROP TABLE audit_events`,
  `DROP TABLE corrective_actions`,
  `DROP TABLE audit_follow_ups`,
  `DROP TABLE audit_report_versions`,
  `DROP TABLE audit_meetings`,
  `DROP TABLE audit_findings`,
  `DROP TABLE audit_evidence`,
  `DROP TABLE audit_checklist_items`,
  `DROP TABLE audit_work_assignments`,
  `DROP TABLE audit_plan_versions`,
  `DROP TABLE audit_documents`,
  `DROP TABLE audit_tasks`,
  `DROP TABLE audit_team_members`,
  `DROP TABLE audits`,
  `DROP TABLE auditors`,
  `DROP TABLE programmes`,
];
