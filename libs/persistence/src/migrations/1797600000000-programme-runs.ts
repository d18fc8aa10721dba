import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model of each approved programme's workflow (its cycle): the plan as it now stands with each window's
 * progress, actual coverage and reviews (`programme_runs`), the programme manager's tasks (`programme_tasks`) and the
 * cycle's timeline (`programme_run_events`, append-only like every timeline).
 */
const UP = [
  `CREATE TABLE programme_runs (
    programme_id uuid PRIMARY KEY CONSTRAINT programme_runs_programme_fk REFERENCES programmes (id) ON DELETE CASCADE,
    workflow_id text NOT NULL,
    programme_version integer NOT NULL,
    status text NOT NULL CONSTRAINT programme_runs_status_check CHECK (status IN ('running', 'completed')),
    cycle_start timestamptz NOT NULL,
    cycle_end timestamptz NOT NULL,
    plan jsonb NOT NULL,
    windows jsonb NOT NULL,
    coverage jsonb NOT NULL,
    gaps jsonb NOT NULL,
    reviews jsonb NOT NULL,
    next_review_at timestamptz NOT NULL,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE TABLE programme_tasks (
    programme_id uuid NOT NULL CONSTRAINT programme_tasks_programme_fk REFERENCES programmes (id) ON DELETE CASCADE,
    id text NOT NULL,
    workflow_id text NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    assignee text NOT NULL,
    role text NOT NULL,
    subject_id text,
    due_at timestamptz NOT NULL,
    due_version integer NOT NULL,
    state text NOT NULL CONSTRAINT programme_tasks_state_check CHECK (state IN ('open', 'overdue', 'done', 'cancelled')),
    escalation_level integer NOT NULL,
    created_at timestamptz NOT NULL,
    closed_at timestamptz,
    last_seq integer NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (programme_id, id)
  )`,
  `CREATE INDEX programme_tasks_assignee_state_idx ON programme_tasks (assignee, state)`,
  `CREATE TABLE programme_run_events (
    workflow_id text NOT NULL,
    seq integer NOT NULL,
    programme_id uuid NOT NULL CONSTRAINT programme_run_events_programme_fk REFERENCES programmes (id),
    type text NOT NULL,
    summary text NOT NULL,
    actor_email text,
    actor_role text,
    subject_id text,
    data jsonb,
    occurred_at timestamptz NOT NULL,
    PRIMARY KEY (workflow_id, seq)
  )`,
  `CREATE INDEX programme_run_events_programme_idx ON programme_run_events (programme_id, occurred_at)`,
  `CREATE TRIGGER programme_run_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON programme_run_events FOR EACH STATEMENT EXECUTE FUNCTION history_reject_change()`,
];

const DOWN = [`DROP TABLE programme_run_events`, `DROP TABLE programme_tasks`, `DROP TABLE programme_runs`];

export class ProgrammeRuns1797600000000 implements MigrationInterface {
  name = 'ProgrammeRuns1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
