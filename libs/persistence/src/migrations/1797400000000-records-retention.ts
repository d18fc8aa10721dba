import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records kept or disposed of as agreed (6.6): legal holds on an audit, set and lifted by the compliance lead, and
 * the extensions they grant to a class of records, each with its reason.
 */
export class RecordsRetention1797400000000 implements MigrationInterface {
  name = 'RecordsRetention1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE legal_holds (
        id bigserial PRIMARY KEY,
        audit_id uuid NOT NULL,
        reason text NOT NULL,
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        lift_reason text,
        lifted_by text,
        lifted_at timestamptz
      )`);
    // At most one hold in force per audit.
    await queryRunner.query(`CREATE UNIQUE INDEX legal_holds_in_force ON legal_holds (audit_id) WHERE lifted_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE retention_extensions (
        id bigserial PRIMARY KEY,
        audit_id uuid NOT NULL,
        record_class text NOT NULL,
        keep_until timestamptz NOT NULL,
        reason text NOT NULL,
        granted_by text NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX retention_extensions_audit ON retention_extensions (audit_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE retention_extensions`);
    await queryRunner.query(`DROP TABLE legal_holds`);
  }
}
