import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The timeline is the audit record (ISO 19011 6.6): no row of it may be deleted or the table emptied, whatever the
 * code path, as none may be changed (initial schema). Disposal of records when their retention ends will be a
 * deliberate, logged operation of its own, not a DELETE that anything could issue.
 */
export class AuditEventsKeepHistory1796600000000 implements MigrationInterface {
  name = 'AuditEventsKeepHistory1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION audit_events_reject_removal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is refused', TG_OP;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_reject_removal()`);
    await queryRunner.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_reject_removal()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_no_truncate ON audit_events`);
    await queryRunner.query(`DROP TRIGGER audit_events_no_delete ON audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_reject_removal()`);
  }
}
