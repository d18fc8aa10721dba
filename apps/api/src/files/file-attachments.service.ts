import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@auditflow/config';
import { APP_CONFIG } from '../infrastructure/tokens';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttachedFile, invalid, uploadAttachableUntil } from '@auditflow/domain';
import { getFileRecords } from '@auditflow/persistence';
import { Principal } from '../auth/principal';

/**
 * The files a step attaches, as the audit records them: the request names its uploads; their names, types, sizes and
 * hashes come from what the upload measured, never from the request.
 */
@Injectable()
export class FileAttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async attachable(principal: Principal, auditId: string, fileIds: readonly string[]): Promise<AttachedFile[]> {
    if (fileIds.length === 0) return [];
    const records = new Map((await getFileRecords(this.dataSource, auditId, fileIds)).map((record) => [record.id, record]));
    return fileIds.map((id, index) => {
      const record = records.get(id);
      const field = `fileIds.${index}`;
      if (!record || record.disposedAt || record.uploadedBy !== principal.email) throw invalid(field, `file ${id} is not an upload of yours to this audit`);
      if (!record.sha256 || record.size === null) throw invalid(field, `file ${id} has not finished uploading`);
      if (record.attachedAt) throw invalid(field, `file ${id} is already attached to a step`);
      if (uploadAttachableUntil(record.uploadedAt, this.config.FILE_UNATTACHED_TTL) < new Date()) throw invalid(field, `file ${id} waited longer than ${this.config.FILE_UNATTACHED_TTL} to be attached and is removed: upload it again`);
      return { id, name: record.name, mediaType: record.mediaType, size: record.size, sha256: record.sha256 };
    });
  }
}
