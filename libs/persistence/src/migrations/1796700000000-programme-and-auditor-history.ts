import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history of programmes (ISO 19011 5.5.7: audit programme records) and of the auditor pool (clause 7: competence
 * and evaluation records): one row per change, written by the API in the transaction that makes the change, saying who,
 * when, what kind of change and the fields it changed. Append-only like audit_events: the database refuses UPDATE,
 * DELETE and TRUNCATE whatever the code path. No foreign keys on purpose: the record of a change must outlive the
 * row it is about.
 */
export class ProgrammeAndAuditorHistory1796700000000 implements MigrationInterface {
  name = 'ProgrammeAndAuditorHistory1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

// occurred_at is now() of the transaction that made the change: the changed row's updated_at, to the microsecond.
const UP = [
  `CREATE TABLE programme_events (
    id bigserial PRIMARY KEY,
    programme_id uuid NOT NULL,
    type text NOT NULL,
    actor_email text NOT NULL,
    actor_person_id uuid NOT NULL,
    changes jsonb NOT NULL,
    note text,
    occurred_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX programme_events_programme_idx ON programme_events (programme_id, id)`,
  `CREATE TABLE auditor_events (
    id bigserial PRIMARY KEY,
    auditor_id uuid NOT NULL,
    auditor_email text NOT NULL,
    type text NOT NULL,
    actor_email text NOT NULL,
    actor_person_id uuid NOT NULL,
    changes jsonb NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX auditor_events_auditor_idx ON auditor_events (auditor_id, id)`,
  // Statement triggers: they fire even when no row matches, and TRUNCATE has no rows to fire for.
  `CREATE FUNCTION history_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '% is append-only: % is refused', TG_TABLE_NAME, TG_OP;
  END
  $$`,
  `CREATE TRIGGER programme_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON programme_events FOR EACH STATEMENT EXECUTE FUNCTION history_reject_change()`,
  `CREATE TRIGGER auditor_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON auditor_events FOR EACH STATEMENT EXECUTE FUNCTION history_reject_change()`,
];

const DOWN = [
  `DROP TRIGGER auditor_events_append_only ON auditor_events`,
  `DROP TRIGGER programme_events_append_only ON programme_events`,
  `DROP FUNCTION history_reject_change()`,
  `DROP TABLE auditor_events`,
  `DROP TABLE programme_events`,
];
