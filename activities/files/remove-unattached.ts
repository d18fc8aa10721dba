import { DataSource } from 'typeorm';
import type { FileStore } from '@auditflow/file-store';
import { deleteFileRecord, fileStoreKey, unattachedFilesBefore } from '@auditflow/persistence';
import { unattachedUploadsRemovableBefore } from '@auditflow/domain';

export interface FileSweepDependencies {
  dataSource: DataSource;
  fileStore: FileStore;
  /** FILE_UNATTACHED_TTL: how long an upload may wait for a step to attach it. */
  unattachedTtl: string;
}

/**
 * Removes uploads no step attached in time (and uploads that never finished): they were never part of an audit's
 * record. On retry: bytes are deleted before the row, and deleting either twice succeeds, so nothing is left behind.
 */
export function createFileSweepActivities({ dataSource, fileStore, unattachedTtl }: FileSweepDependencies) {
  return {
    /** Every audit's, or one audit's (`auditId`: for a test sharing its database with others). */
    async removeUnattachedFiles(input: { auditId?: string } = {}): Promise<{ removed: number }> {
      const stale = await unattachedFilesBefore(dataSource, unattachedUploadsRemovableBefore(new Date(), unattachedTtl), { auditId: input.auditId });
      for (const file of stale) {
        await fileStore.delete(fileStoreKey(file.auditId, file.id));
        await deleteFileRecord(dataSource, file.id);
      }
      return { removed: stale.length };
    },
  };
}
