import { Inject, Injectable } from '@nestjs/common';
import type { FileStore } from '@auditflow/file-store';
import { FILE_STORE } from '../infrastructure/tokens';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { buildReportDocument, notFound } from '@auditflow/domain';
import { getAuditDetailWithoutTimeline } from '@auditflow/persistence';
import { issuedReportPdf, renderReportHtml, renderReportPdf, ReportPdf } from '@auditflow/activities/report-document';
import { Principal } from '../auth/principal';
import { AuditsService } from './audits.service';

/**
 * The report as a document (6.5). The team previews its newest version, whatever its status; an issued version is for
 * whoever the audit detail shows it to (the auditee side too). Both are drawn from the whole record, as the
 * recipients receive it, so the auditee's copy is the team's copy.
 */
/** The version in `{version}.pdf`: a whole number from 1. */
export const REPORT_VERSION = z.coerce.number().int().min(1).describe('the report version number');

@Injectable()
export class ReportDocumentsService {
  constructor(
    private readonly audits: AuditsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  async preview(principal: Principal, auditId: string, format: 'html' | 'pdf'): Promise<string | Buffer> {
    const access = await this.audits.access(principal, auditId);
    // The auditee side does not see versions before they are issued: for them the preview does not exist.
    if (access.auditeeOnly) throw notFound(`audit ${auditId} has no report to preview`);
    const detail = await getAuditDetailWithoutTimeline(this.dataSource, auditId);
    const newest = detail?.reports.at(-1);
    if (!detail || !newest) throw notFound(`audit ${auditId} has no report version yet`);
    const document = buildReportDocument(detail, newest.version)!;
    return format === 'html' ? renderReportHtml(document) : renderReportPdf(document);
  }

  /** The issued version as stored once, the file the distribution mail carried; 404 unless the reader's view of the audit shows it issued. */
  async issuedPdf(principal: Principal, auditId: string, version: number): Promise<ReportPdf> {
    const shown = await this.audits.detail(principal, auditId);
    const missing = () => notFound(`report version ${version} of audit ${auditId} is not issued`);
    if (!shown.reports.some((report) => report.version === version && report.issue)) throw missing();
    const pdf = await issuedReportPdf(this.dataSource, this.store, auditId, version);
    if (!pdf) throw missing();
    return pdf;
  }
}
