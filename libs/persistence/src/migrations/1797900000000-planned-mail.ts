import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clock mail written ahead: the reminders and escalation rungs a workflow's clock will send if nobody acts first, each
 * with the moment it is due. A dispatcher in the worker moves a row into `notifications` at its moment and sends it,
 * so mail goes out on time however busy the workflow engine is; a step that makes a rung moot deletes its row. Keyed
 * like the outbox (the dedupe key the clock's own step queues the same mail under), so a row is sent once either way.
 * Scoped by task queue: the workers that run a workflow send its planned mail.
 */
export class PlannedMail1797900000000 implements MigrationInterface {
  name = 'PlannedMail1797900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE planned_mail (
        dedupe_key text PRIMARY KEY,
        workflow_id text NOT NULL,
        audit_id uuid,
        task_queue text NOT NULL,
        kind text NOT NULL,
        recipients jsonb NOT NULL,
        data jsonb NOT NULL,
        invite jsonb,
        task_id text,
        message_id text NOT NULL,
        send_at timestamptz NOT NULL,
        planned_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX planned_mail_due_idx ON planned_mail (task_queue, send_at)`);
    await queryRunner.query(`CREATE INDEX planned_mail_workflow_idx ON planned_mail (workflow_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE planned_mail`);
  }
}
