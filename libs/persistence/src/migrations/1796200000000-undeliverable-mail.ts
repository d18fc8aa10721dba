import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mail the SMTP server refuses for good (a 5xx answer) or that cannot be rendered is marked undeliverable with its
 * reason instead of being retried for ever, so its audit goes on.
 */
export class UndeliverableMail1796200000000 implements MigrationInterface {
  name = 'UndeliverableMail1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_status_check`);
    await queryRunner.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent', 'undeliverable'))`,
    );
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN undeliverable_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications DROP COLUMN undeliverable_at`);
    await queryRunner.query(`UPDATE notifications SET status = 'pending' WHERE status = 'undeliverable'`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_status_check`);
    await queryRunner.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent'))`);
  }
}
