import { buildReportDocument } from '@auditflow/domain';
import { getAuditDetail, ReadModelSource } from '@auditflow/persistence';
import { renderReportPdf } from './pdf';

export interface ReportPdf {
  filename: string;
  content: Buffer;
}

/**
 * An issued report version as PDF, from the read model: what the download serves and what the distribution mail
 * carries. Its bytes depend only on the issued version's model, so both are the same file. Undefined when the version
 * is not issued (or not recorded yet).
 */
export async function issuedReportPdf(source: ReadModelSource, auditId: string, version: number): Promise<ReportPdf | undefined> {
  const detail = await getAuditDetail(source, auditId);
  const document = detail && buildReportDocument(detail, version);
  if (!document?.issue) return undefined;
  return { filename: `audit-report-${auditId}-v${version}.pdf`, content: await renderReportPdf(document) };
}
