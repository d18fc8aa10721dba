import { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence of an auditor in training names its supervising auditor and their confirmation (ISO 19011 6.4.7). */
export class SupervisedEvidence1796950000000 implements MigrationInterface {
  name = 'SupervisedEvidence1796950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_evidence ADD COLUMN supervisor text, ADD COLUMN confirmation jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_evidence DROP COLUMN supervisor, DROP COLUMN confirmation`);
  }
}
