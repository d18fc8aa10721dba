import type { ReadModelSource } from '../read-model/source';

/** A file as the `files` table records it; the bytes are in the store under `audits/{auditId}/{id}`. */
export interface FileRecord {
  id: string;
  auditId: string;
  name: string;
  mediaType: string;
  size: number | null;
  sha256: string | null;
  store: string;
  uploadedBy: string;
  uploadedAt: Date;
  storedAt: Date | null;
  attachedAt: Date | null;
  recordClass: string | null;
  disposedAt: Date | null;
}

const COLUMNS = `id, audit_id AS "auditId", name, media_type AS "mediaType", size::float8 AS size, sha256, store, uploaded_by AS "uploadedBy",
  uploaded_at AS "uploadedAt", stored_at AS "storedAt", attached_at AS "attachedAt", record_class AS "recordClass", disposed_at AS "disposedAt"`;

export function fileStoreKey(auditId: string, fileId: string): string {
  return `audits/${auditId}/${fileId}`;
}

/** An upload begins: the row comes first, so a crash mid-upload leaves a row the sweep finds, never stray bytes. */
export async function insertUploadingFile(db: ReadModelSource, file: { id: string; auditId: string; name: string; mediaType: string; store: string; uploadedBy: string }): Promise<void> {
  await db.query(`INSERT INTO files (id, audit_id, name, media_type, store, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
    file.id,
    file.auditId,
    file.name,
    file.mediaType,
    file.store,
    file.uploadedBy,
  ]);
}

/** The upload is in the store: what it measured (type from the content, size, hash) is recorded with it. */
export async function markFileStored(db: ReadModelSource, id: string, stored: { mediaType: string; size: number; sha256: string }): Promise<void> {
  await db.query(`UPDATE files SET media_type = $2, size = $3, sha256 = $4, stored_at = now() WHERE id = $1`, [id, stored.mediaType, stored.size, stored.sha256]);
}

export async function deleteFileRecord(db: ReadModelSource, id: string): Promise<void> {
  await db.query(`DELETE FROM files WHERE id = $1`, [id]);
}

export async function getFileRecord(db: ReadModelSource, auditId: string, id: string): Promise<FileRecord | undefined> {
  const [row] = (await db.query(`SELECT ${COLUMNS} FROM files WHERE audit_id = $1 AND id = $2`, [auditId, id])) as FileRecord[];
  return row;
}

export async function getFileRecords(db: ReadModelSource, auditId: string, ids: readonly string[]): Promise<FileRecord[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM files WHERE audit_id = $1 AND id = ANY($2::uuid[])`, [auditId, ids])) as FileRecord[];
}

/** Uploads no step attached (or never finished) since before `cutoff`: the sweep removes them. */
export async function unattachedFilesBefore(db: ReadModelSource, cutoff: Date, options: { auditId?: string; limit?: number } = {}): Promise<FileRecord[]> {
  return (await db.query(
    `SELECT ${COLUMNS} FROM files WHERE attached_at IS NULL AND disposed_at IS NULL AND uploaded_at < $1 AND ($2::uuid IS NULL OR audit_id = $2) ORDER BY uploaded_at LIMIT $3`,
    [cutoff, options.auditId ?? null, options.limit ?? 1000],
  )) as FileRecord[];
}
