import { Inject, Injectable, InternalServerErrorException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AttachedFile, filesShownIn } from '@auditflow/domain';
import { FileIntegrityError, FileStore, verifiedContent } from '@auditflow/file-store';
import { fileStoreKey, FileRecord, getFileRecords } from '@auditflow/persistence';
import { Principal } from '../auth/principal';
import { AuditsService } from '../audits/audits.service';
import { ReportDocumentsService } from '../audits/report-documents.service';
import { FILE_STORE } from '../infrastructure/tokens';
import { UniquePaths, pathSegment } from './archive-paths';
import { ManifestedZip } from './manifested-zip';
import { timelineCsv } from './timeline-csv';

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/**
 * An audit's record as one ZIP, for a certification body or an archive: what the reader's view of the audit shows
 * (the auditee side's view has no working evidence; readers outside the team none of the confidential evidence's
 * files), with every entry's SHA-256 in SHA256SUMS. Files are checked against the hash taken at upload, before and
 * while they are written, so an altered file fails the export instead of entering the archive.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly audits: AuditsService,
    private readonly reports: ReportDocumentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  /** The archive as a stream; 404 (from the view) before anything is written when the reader may not read the audit. */
  async record(principal: Principal, auditId: string): Promise<Readable> {
    const view = await this.audits.detailWithTimeline(principal, auditId);
    const records = await this.storedFiles(auditId, [...filesShownIn(view).keys()]);
    const zip = new ManifestedZip();
    const paths = new UniquePaths();
    zip.addBuffer('audit.json', json(view));
    zip.addBuffer('timeline.json', json(view.timeline));
    zip.addBuffer('timeline.csv', Buffer.from(timelineCsv(view.timeline), 'utf8'));
    for (const report of view.reports.filter((candidate) => candidate.issue)) {
      zip.addStream(`report/audit-report-v${report.version}.pdf`, async () => Readable.from([(await this.reports.issuedPdf(principal, auditId, report.version)).content]));
    }
    const addFiles = (folder: string, files: readonly AttachedFile[] | undefined) => {
      for (const file of files ?? []) {
        const record = records.get(file.id)!;
        // Removed under the retention rules: audit.json and the timeline still name it and its hash.
        if (record.disposedAt) continue;
        zip.addStream(paths.take(folder, file.name), () => verifiedContent(this.store, fileStoreKey(auditId, file.id), file.id, record.sha256!), {
          sha256: record.sha256!,
          mismatch: (actual) => new FileIntegrityError(file.id, record.sha256!, actual),
        });
      }
    };
    for (const document of view.documents) addFiles(`documents/${pathSegment(document.id)}`, document.supplied?.files);
    for (const evidence of view.evidence) addFiles(`evidence/${pathSegment(evidence.id)}`, evidence.files);
    zip.end();
    return zip.output;
  }

  /** The stored files the view names; a file it names that the store cannot have fails the export before a byte is sent. */
  private async storedFiles(auditId: string, fileIds: string[]): Promise<Map<string, FileRecord>> {
    const records = new Map((await getFileRecords(this.dataSource, auditId, fileIds)).map((record) => [record.id, record]));
    for (const id of fileIds) {
      const record = records.get(id);
      if (!record?.sha256) throw new InternalServerErrorException(`file ${id} of audit ${auditId} is attached but has no stored content`);
      if (!record.disposedAt && record.store !== this.store.kind) {
        throw new InternalServerErrorException(`file ${id} is in the ${record.store} store, but FILE_STORE_URL names a ${this.store.kind} store: move the files before changing stores`);
      }
    }
    return records;
  }
}
