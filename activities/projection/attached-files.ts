import type { EntityManager } from 'typeorm';
import type { AuditDelta } from '@auditflow/domain';

/**
 * Uploads the audit now records become attached, so the sweep of unattached uploads leaves them alone; each gets the
 * record class its retention period is counted by. Idempotent: a file attached once stays attached.
 */
export async function markAttachedFiles(db: EntityManager, auditId: string, delta: AuditDelta): Promise<void> {
  const evidenceFiles = delta.evidence.flatMap((evidence) => evidence.files ?? []).map((file) => file.id);
  const documentFiles = delta.documents.flatMap((document) => document.supplied?.files ?? []).map((file) => file.id);
  for (const [recordClass, ids] of [['working-evidence', evidenceFiles], ['supplied-document', documentFiles]] as const) {
    if (ids.length === 0) continue;
    await db.query(`UPDATE files SET attached_at = now(), record_class = $3 WHERE audit_id = $1 AND id = ANY($2::uuid[]) AND attached_at IS NULL`, [auditId, ids, recordClass]);
  }
}
