import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A timeline that proves itself (issue 12.5): each line stores the SHA-256 of its content and of the line before it in
 * its chain (timeline-chain in the domain). Lines recorded before this migration keep no hash: they are reported as
 * before the chain, which starts at each workflow's first line written after it. Adding columns fires no trigger, so
 * the append-only rule stands.
 */
export class TimelineHashChain1797260000000 implements MigrationInterface {
  name = 'TimelineHashChain1797260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_events ADD COLUMN prev_hash text, ADD COLUMN hash text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_events DROP COLUMN hash, DROP COLUMN prev_hash`);
  }
}
