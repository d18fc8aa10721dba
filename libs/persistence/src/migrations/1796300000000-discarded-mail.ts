import { MigrationInterface, QueryRunner } from 'typeorm';

/** An admin may discard a mail that is stuck (undeliverable, or failing for long): it is then never sent. */
export class DiscardedMail1796300000000 implements MigrationInterface {
  name = 'DiscardedMail1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_status_check`);
    await queryRunner.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent', 'undeliverable', 'discarded'))`,
    );
    await queryRunner.query(`CREATE INDEX notifications_stuck_idx ON notifications (status, attempts) WHERE status <> 'sent'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notifications_stuck_idx`);
    await queryRunner.query(`UPDATE notifications SET status = 'undeliverable' WHERE status = 'discarded'`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_status_check`);
    await queryRunner.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent', 'undeliverable'))`);
  }
}
