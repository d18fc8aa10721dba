import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A step the read model refused for good (a data or constraint error that no retry fixes) is kept here, as the JSON
 * of its progress record, until an admin sends it again (after the cause is fixed) or discards it. The audit goes on.
 */
export class FailedWrites1796400000000 implements MigrationInterface {
  name = 'FailedWrites1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE failed_writes (
      id bigserial PRIMARY KEY,
      workflow_id text NOT NULL,
      audit_id uuid NOT NULL,
      first_seq integer NOT NULL,
      record text NOT NULL,
      reason text NOT NULL,
      status text NOT NULL DEFAULT 'failed' CONSTRAINT failed_writes_status_check CHECK (status IN ('failed', 'retrying', 'recorded', 'discarded')),
      failed_at timestamptz NOT NULL DEFAULT now(),
      decided_by text,
      decided_at timestamptz,
      CONSTRAINT failed_writes_step_key UNIQUE (workflow_id, first_seq)
    )`);
    await queryRunner.query(`CREATE INDEX failed_writes_status_idx ON failed_writes (status, failed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE failed_writes`);
  }
}
