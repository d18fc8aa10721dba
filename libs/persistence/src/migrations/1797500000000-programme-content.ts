import { MigrationInterface, QueryRunner } from 'typeorm';

/** A programme's content of 5.2–5.4 (cycle, audit areas, Statement of Applicability ...), its cycle settings, and its version. */
export class ProgrammeContent1797500000000 implements MigrationInterface {
  name = 'ProgrammeContent1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE programmes ADD COLUMN content jsonb, ADD COLUMN cycle_settings jsonb, ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE programmes DROP COLUMN content, DROP COLUMN cycle_settings, DROP COLUMN version`);
  }
}
