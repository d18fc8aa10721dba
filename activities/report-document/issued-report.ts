import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { auditWorkflowId, buildReportDocument } from '@auditflow/domain';
import { FileStore, verifiedContent } from '@auditflow/file-store';
import { appendSideEvent, fileStoreKey, getAuditDetail, getFileRecord, ReadModelSource } from '@auditflow/persistence';
import { renderReportPdf } from './pdf';

export interface ReportPdf {
  filename: string;
  content: Buffer;
  sha256: string;
}

/** One id per issued version, the same wherever it is computed: the version is stored once under it. */
export function issuedReportFileId(auditId: string, version: number): string {
  const hex = createHash('sha256').update(`issued-report:${auditId}:${version}`).digest('hex');
  // Laid out as a UUID (version 8: custom), as the files table keys are.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function readAll(content: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * An issued report version as PDF: what the download serves and what the distribution mail carries. The first to ask
 * renders it from the read model and stores it, with its SHA-256, as a file of the audit, and the timeline records
 * that; everyone after reads the stored file, checked against that hash. Rendering is deterministic, so two first
 * askers at once store the same bytes and only one row and one timeline line remain. Undefined when the version is not
 * issued (or not recorded yet), or was disposed of.
 */
export async function issuedReportPdf(source: ReadModelSource, store: FileStore, auditId: string, version: number): Promise<ReportPdf | undefined> {
  const filename = `audit-report-${auditId}-v${version}.pdf`;
  const fileId = issuedReportFileId(auditId, version);
  const key = fileStoreKey(auditId, fileId);
  const stored = await getFileRecord(source, auditId, fileId);
  if (stored?.disposedAt) return undefined;
  if (stored?.sha256) return { filename, content: await readAll(await verifiedContent(store, key, fileId, stored.sha256)), sha256: stored.sha256 };
  const detail = await getAuditDetail(source, auditId);
  const document = detail && buildReportDocument(detail, version);
  if (!document?.issue) return undefined;
  const content = await renderReportPdf(document);
  const sha256 = createHash('sha256').update(content).digest('hex');
  await store.put(key, Readable.from([content]));
  const inserted = (await source.query(
    `INSERT INTO files (id, audit_id, name, media_type, size, sha256, store, uploaded_by, stored_at, attached_at, record_class)
     VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6, $7, now(), now(), 'issued-report')
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [fileId, auditId, filename, content.length, sha256, store.kind, document.issue.by],
  )) as unknown[];
  if (inserted.length > 0) {
    await appendSideEvent(source, {
      auditId,
      workflowId: `${auditWorkflowId(auditId)}:report-v${version}`,
      seq: 1,
      type: 'report.document.stored',
      summary: `Report version ${version} stored as issued: PDF of ${content.length} bytes, SHA-256 ${sha256}`,
      subjectId: `report-${version}`,
      data: { version, fileId, size: content.length, sha256, issuedAt: document.issue.at },
    });
  }
  return { filename, content, sha256 };
}
