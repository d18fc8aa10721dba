import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Effectiveness checks can be deferred (to a date or to the next audit of the area) and re-checked after a corrective
 * action was verified effective (ISO 19011 6.7): three more states, the deferrals, and when a scheduled re-check is due.
 */
export class EffectivenessChecks1797100000000 implements MigrationInterface {
  name = 'EffectivenessChecks1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE corrective_actions ADD COLUMN deferrals jsonb NOT NULL DEFAULT '[]', ADD COLUMN recheck_due_at timestamptz`);
    await queryRunner.query(`ALTER TABLE corrective_actions DROP CONSTRAINT corrective_actions_status_check`);
    await queryRunner.query(
      `ALTER TABLE corrective_actions ADD CONSTRAINT corrective_actions_status_check
         CHECK (status IN ('awaiting-plan', 'plan-submitted', 'implementing', 'evidence-submitted', 'verification-deferred', 'recheck-scheduled', 'rechecking', 'closed'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE corrective_actions DROP CONSTRAINT corrective_actions_status_check`);
    await queryRunner.query(
      `ALTER TABLE corrective_actions ADD CONSTRAINT corrective_actions_status_check
         CHECK (status IN ('awaiting-plan', 'plan-submitted', 'implementing', 'evidence-submitted', 'closed'))`,
    );
    await queryRunner.query(`ALTER TABLE corrective_actions DROP COLUMN deferrals, DROP COLUMN recheck_due_at`);
  }
}
