import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that appends timeline lines tells listeners which audits it touched (NOTIFY audit_recorded, the
 * audit id as payload), once per audit and only when its transaction commits: what open pages are pushed from.
 * Nothing listens in the workflows' path, so this costs a step only the notification itself.
 */
export class AuditRecordedNotifications1796500000000 implements MigrationInterface {
  name = 'AuditRecordedNotifications1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION audit_events_notify_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE recorded record;
      BEGIN
        FOR recorded IN SELECT DISTINCT audit_id FROM appended LOOP
          PERFORM pg_notify('audit_recorded', recorded.audit_id::text);
        END LOOP;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_events_notify_recorded AFTER INSERT ON audit_events
      REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION audit_events_notify_recorded()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_notify_recorded ON audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_notify_recorded()`);
  }
}
