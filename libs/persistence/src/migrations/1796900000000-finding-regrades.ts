import { MigrationInterface, QueryRunner } from 'typeorm';

/** A finding keeps each change of its grade and how its dispute was resolved (ISO 19011 6.4.8). */
export class FindingRegrades1796900000000 implements MigrationInterface {
  name = 'FindingRegrades1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_findings ADD COLUMN regrades jsonb, ADD COLUMN dispute_resolution jsonb`);
    // Programme monitoring proposes raising repeated minors on one criterion: they are counted per programme and criterion.
    await queryRunner.query(`CREATE INDEX audit_findings_criterion_idx ON audit_findings (lower(criterion), grade)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_findings_criterion_idx`);
    await queryRunner.query(`ALTER TABLE audit_findings DROP COLUMN regrades, DROP COLUMN dispute_resolution`);
  }
}
