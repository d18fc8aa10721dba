import { Inject, Injectable, InternalServerErrorException, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AppConfig } from '@auditflow/config';
import { conflict, filesShownIn, isFinished, notFound, uploadAttachableUntil } from '@auditflow/domain';
import { FileIntegrityError, FileStore, receiveUpload, tooLarge, verifiedContent } from '@auditflow/file-store';
import { deleteFileRecord, fileStoreKey, FileRecord, getFileRecord, insertUploadingFile, markFileStored } from '@auditflow/persistence';
import { Principal } from '../auth/principal';
import { parseRequest } from '../common/zod-pipe';
import { uploadQuerySchema } from './file.dto';
import { AuditsService } from '../audits/audits.service';
import { APP_CONFIG, FILE_STORE } from '../infrastructure/tokens';

export interface FileDownload {
  record: FileRecord;
  content: Readable;
}

/**
 * Uploads and downloads of an audit's files. An upload is taken from anyone who may see the audit while it runs and
 * stays theirs alone until a step attaches it; after that, whoever's view of the audit shows the file may download it.
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger('Files');

  constructor(
    private readonly audits: AuditsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Who asks is checked before what they send (404, then 409, then 400), as for every step. */
  async upload(principal: Principal, auditId: string, query: unknown, content: Readable, declaredBytes: number | undefined) {
    const access = await this.audits.access(principal, auditId);
    if (isFinished(access.phase)) throw conflict(`audit ${auditId} is ${access.phase}: nothing can be attached any more`);
    const { name } = parseRequest(uploadQuerySchema, query, 'query');
    const maxBytes = this.config.FILE_SIZE_LIMIT;
    if (declaredBytes !== undefined && declaredBytes > maxBytes) throw tooLarge(maxBytes);
    const id = randomUUID();
    await insertUploadingFile(this.dataSource, { id, auditId, name, mediaType: 'application/octet-stream', store: this.store.kind, uploadedBy: principal.email });
    try {
      const received = await receiveUpload(content, name, { maxBytes, allowedTypes: this.config.FILE_ALLOWED_TYPES }, this.store, fileStoreKey(auditId, id));
      await markFileStored(this.dataSource, id, { mediaType: received.type.mediaType, size: received.size, sha256: received.sha256 });
      const uploadedAt = new Date();
      return {
        id,
        name,
        mediaType: received.type.mediaType,
        size: received.size,
        sha256: received.sha256,
        uploadedAt: uploadedAt.toISOString(),
        attachBy: uploadAttachableUntil(uploadedAt, this.config.FILE_UNATTACHED_TTL).toISOString(),
      };
    } catch (error) {
      await this.store.delete(fileStoreKey(auditId, id)).catch(() => undefined);
      await deleteFileRecord(this.dataSource, id);
      throw error;
    }
  }

  /** The file if the reader may have it (404 exactly as for a file that does not exist otherwise), checked against its hash. */
  async download(principal: Principal, auditId: string, fileId: string): Promise<FileDownload> {
    const record = await getFileRecord(this.dataSource, auditId, fileId);
    const missing = () => notFound(`file ${fileId} of audit ${auditId} does not exist`);
    if (!record || !record.sha256 || record.disposedAt) throw missing();
    const ownUpload = !record.attachedAt && record.uploadedBy === principal.email;
    if (ownUpload) await this.audits.access(principal, auditId);
    else if (!filesShownIn(await this.audits.detail(principal, auditId)).has(fileId)) throw missing();
    if (record.store !== this.store.kind) {
      throw new InternalServerErrorException(`file ${fileId} is in the ${record.store} store, but FILE_STORE_URL names a ${this.store.kind} store: move the files before changing stores`);
    }
    try {
      return { record, content: await verifiedContent(this.store, fileStoreKey(auditId, fileId), fileId, record.sha256) };
    } catch (error) {
      if (!(error instanceof FileIntegrityError)) throw error;
      this.logger.error(error.message);
      throw new InternalServerErrorException({ statusCode: 500, error: 'File Integrity Failure', message: error.message });
    }
  }
}
