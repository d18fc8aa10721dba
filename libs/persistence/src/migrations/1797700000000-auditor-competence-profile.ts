import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The auditor's profile beyond competence areas (ISO 19011 clause 7): sectors, languages, qualifications with
 * evidence, auditee feedback after audits and continual professional development records; and the reason a profile
 * change gives, kept on the auditor's history. Adding a nullable column rewrites no row, so the append-only trigger of
 * auditor_events (which refuses UPDATE) is not in the way.
 */
export class AuditorCompetenceProfile1797700000000 implements MigrationInterface {
  name = 'AuditorCompetenceProfile1797700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['sectors', 'languages', 'qualifications', 'feedback', 'cpd_records']) {
      await queryRunner.query(`ALTER TABLE auditors ADD COLUMN ${column} jsonb NOT NULL DEFAULT '[]'`);
    }
    await queryRunner.query(`ALTER TABLE auditor_events ADD COLUMN note text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE auditor_events DROP COLUMN note`);
    for (const column of ['cpd_records', 'feedback', 'qualifications', 'languages', 'sectors']) {
      await queryRunner.query(`ALTER TABLE auditors DROP COLUMN ${column}`);
    }
  }
}
