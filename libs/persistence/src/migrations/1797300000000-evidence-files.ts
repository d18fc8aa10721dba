import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files of audits (6.3, 6.4, 6.5): one row per uploaded file with its hash, whatever store holds the bytes, and the
 * PostgreSQL store's chunks. Evidence may be confidential and carry files.
 */
export class EvidenceFiles1797300000000 implements MigrationInterface {
  name = 'EvidenceFiles1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_evidence ADD COLUMN confidential boolean, ADD COLUMN files jsonb`);
    await queryRunner.query(`
      CREATE TABLE files (
        id uuid PRIMARY KEY,
        audit_id uuid NOT NULL,
        name text NOT NULL,
        media_type text NOT NULL,
        size bigint,
        sha256 text,
        store text NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        stored_at timestamptz,
        attached_at timestamptz,
        record_class text,
        disposed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX files_audit ON files (audit_id)`);
    await queryRunner.query(`CREATE INDEX files_unattached ON files (uploaded_at) WHERE attached_at IS NULL AND disposed_at IS NULL`);
    // The PostgreSQL store: a file's bytes in chunks of at most 1 MiB, so neither side holds a whole file in memory.
    await queryRunner.query(`
      CREATE TABLE file_chunks (
        store_key text NOT NULL,
        seq integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (store_key, seq)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE file_chunks`);
    await queryRunner.query(`DROP TABLE files`);
    await queryRunner.query(`ALTER TABLE audit_evidence DROP COLUMN confidential, DROP COLUMN files`);
  }
}
