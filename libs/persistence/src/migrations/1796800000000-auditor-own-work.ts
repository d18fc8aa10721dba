import { MigrationInterface, QueryRunner } from 'typeorm';

/** Auditors declare work they designed or operated, which they may not audit (independence, ISO 19011 5.5.4). */
export class AuditorOwnWork1796800000000 implements MigrationInterface {
  name = 'AuditorOwnWork1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE auditors ADD COLUMN own_work jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE auditors DROP COLUMN own_work`);
  }
}
