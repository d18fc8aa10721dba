import type { EntityManager } from 'typeorm';
import type { FileStore } from '@auditflow/file-store';
import { issuedReportPdf } from '../report-document/issued-report';
import type { OutboxRow } from './outbox-store';

/**
 * The PDF a report-distributed mail carries: the issued version named in the row, the stored file its download
 * serves. The projection records the issue in the transaction that queues the mail, so the version is there; if it
 * is not, the send fails and is retried rather than going out without the document.
 */
export async function reportAttachment(manager: EntityManager, store: FileStore, row: OutboxRow): Promise<{ filename: string; content: Buffer; contentType: string }[] | undefined> {
  if (row.kind !== 'report-distributed' || !row.auditId) return undefined;
  const version = Number((row.data as { version?: unknown } | null)?.version);
  const pdf = Number.isInteger(version) ? await issuedReportPdf(manager, store, row.auditId, version) : undefined;
  if (!pdf) throw new Error(`report version ${String(version)} of audit ${row.auditId} is not issued in the read model yet`);
  return [{ filename: pdf.filename, content: pdf.content, contentType: 'application/pdf' }];
}
