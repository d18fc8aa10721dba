import type { FileRecordClass } from '@auditflow/domain';
import type { ReadModelSource } from '../read-model/source';

export interface LegalHold {
  reason: string;
  setBy: string;
  setAt: Date;
}

export async function legalHoldInForce(db: ReadModelSource, auditId: string): Promise<LegalHold | undefined> {
  const [hold] = (await db.query(`SELECT reason, set_by AS "setBy", set_at AS "setAt" FROM legal_holds WHERE audit_id = $1 AND lifted_at IS NULL`, [auditId])) as LegalHold[];
  return hold;
}

/** Sets a hold; false when one is in force already. */
export async function setLegalHold(db: ReadModelSource, auditId: string, reason: string, by: string): Promise<boolean> {
  const inserted = (await db.query(`INSERT INTO legal_holds (audit_id, reason, set_by) VALUES ($1, $2, $3) ON CONFLICT (audit_id) WHERE lifted_at IS NULL DO NOTHING RETURNING id`, [auditId, reason, by])) as unknown[];
  return inserted.length > 0;
}

/** Lifts the hold in force; the hold it lifted, or undefined when none was. */
export async function liftLegalHold(db: ReadModelSource, auditId: string, reason: string, by: string): Promise<LegalHold | undefined> {
  // An UPDATE answers [rows, count].
  const [[lifted]] = (await db.query(
    `UPDATE legal_holds SET lift_reason = $2, lifted_by = $3, lifted_at = now() WHERE audit_id = $1 AND lifted_at IS NULL RETURNING reason, set_by AS "setBy", set_at AS "setAt"`,
    [auditId, reason, by],
  )) as [LegalHold[], number];
  return lifted;
}

export async function grantRetentionExtension(db: ReadModelSource, extension: { auditId: string; recordClass: FileRecordClass; keepUntil: string; reason: string; grantedBy: string }): Promise<void> {
  await db.query(`INSERT INTO retention_extensions (audit_id, record_class, keep_until, reason, granted_by) VALUES ($1, $2, $3, $4, $5)`, [
    extension.auditId,
    extension.recordClass,
    extension.keepUntil,
    extension.reason,
    extension.grantedBy,
  ]);
}

/** The latest date each class is kept until by extensions. */
export async function retentionExtensions(db: ReadModelSource, auditId: string): Promise<Partial<Record<FileRecordClass, string>>> {
  const rows = (await db.query(`SELECT record_class AS "recordClass", max(keep_until) AS until FROM retention_extensions WHERE audit_id = $1 GROUP BY record_class`, [auditId])) as { recordClass: FileRecordClass; until: Date }[];
  return Object.fromEntries(rows.map((row) => [row.recordClass, new Date(row.until).toISOString()]));
}

/** How many files of each class remain (not disposed of). */
export async function remainingFilesByClass(db: ReadModelSource, auditId: string): Promise<Partial<Record<FileRecordClass, number>>> {
  const rows = (await db.query(`SELECT record_class AS "recordClass", count(*)::int AS n FROM files WHERE audit_id = $1 AND disposed_at IS NULL AND record_class IS NOT NULL GROUP BY record_class`, [auditId])) as { recordClass: FileRecordClass; n: number }[];
  return Object.fromEntries(rows.map((row) => [row.recordClass, row.n]));
}
