import { DataSource } from 'typeorm';
import { disposalSchedule, FileRecordClass, RECORD_CLASS_LABELS, RetentionTerms } from '@auditflow/domain';
import type { FileStore } from '@auditflow/file-store';
import { appendSideEvent, fileStoreKey, legalHoldInForce, lockTimelineChain, remainingFilesByClass, retentionExtensions } from '@auditflow/persistence';
import { outboxRow, queueOutboxRows } from '../projection/outbox';

export interface RetentionDependencies {
  dataSource: DataSource;
  fileStore: FileStore;
}

export interface RecordsOfAudit {
  auditId: string;
  /** The retention workflow's id: its timeline lines and notices are keyed by it. */
  workflowId: string;
}

export interface DisposalPlan {
  /** A legal hold in force: nothing is disposed of until it is lifted. */
  held?: { reason: string; setBy: string };
  /** The next class with records left, and when it goes; absent when every file is disposed of. */
  next?: { recordClass: FileRecordClass; disposeAt: string; noticeAt: string; files: number };
}

interface DisposedFile {
  id: string;
  name: string;
  size: number | null;
  sha256: string | null;
}

/**
 * The records side of retention (6.6). Each activity reads what is recorded now (holds, extensions, files left), so
 * a retry or a restarted worker decides from the same facts and nothing is disposed of twice or skipped.
 */
export function createRetentionActivities({ dataSource, fileStore }: RetentionDependencies) {
  return {
    /** What the retention workflow waits for next. Read-only. */
    async planRecordsDisposal(input: RecordsOfAudit & { terms: RetentionTerms }): Promise<DisposalPlan> {
      const hold = await legalHoldInForce(dataSource, input.auditId);
      const remaining = await remainingFilesByClass(dataSource, input.auditId);
      const next = disposalSchedule(input.terms, await retentionExtensions(dataSource, input.auditId)).find((entry) => (remaining[entry.recordClass] ?? 0) > 0);
      return {
        ...(hold ? { held: { reason: hold.reason, setBy: hold.setBy } } : {}),
        ...(next ? { next: { ...next, files: remaining[next.recordClass]! } } : {}),
      };
    },

    /**
     * Queues the notice to the compliance lead that a class is about to be disposed of (on `disposeAt`). On retry: keyed
     * by class and scheduled date, so it is queued once; a later schedule (an extension) is a new notice.
     */
    async queueDisposalNotice(input: RecordsOfAudit & { auditTitle: string; complianceLead: string; recordClass: FileRecordClass; scheduledAt: string; disposeAt: string; files: number }): Promise<{ dedupeKeys: string[] }> {
      const row = outboxRow(input.workflowId, input.auditId, {
        kind: 'disposal-notice',
        key: `notice:${input.recordClass}:${input.scheduledAt}`,
        to: [input.complianceLead],
        cc: [],
        data: { auditTitle: input.auditTitle, recordClass: RECORD_CLASS_LABELS[input.recordClass], disposeAt: input.disposeAt, files: input.files },
      });
      return { dedupeKeys: await queueOutboxRows(dataSource.manager, [row]) };
    },

    /**
     * Disposes of one class: in one transaction its files are marked disposed of and the timeline lists them (ids,
     * hashes, sizes), once; then their bytes are deleted from the store. On retry: files already marked are not listed
     * again, and deleting bytes already gone succeeds, so a crash between the two finishes the deletion.
     */
    async disposeRecordClass(input: RecordsOfAudit & { recordClass: FileRecordClass }): Promise<{ disposed: number }> {
      const disposed = await dataSource.transaction(async (db) => {
        await lockTimelineChain(db, input.workflowId);
        if (await legalHoldInForce(db, input.auditId)) return [];
        const files = (await db.query(
          `UPDATE files SET disposed_at = now() WHERE audit_id = $1 AND record_class = $2 AND disposed_at IS NULL RETURNING id, name, size::float8 AS size, sha256`,
          [input.auditId, input.recordClass],
        )) as [DisposedFile[], number];
        const list = files[0];
        if (list.length === 0) return [];
        await appendSideEvent(db, {
          auditId: input.auditId,
          workflowId: input.workflowId,
          type: 'records.disposed',
          summary: `Disposed of ${list.length} file(s) of ${RECORD_CLASS_LABELS[input.recordClass]} at the end of their retention period: ${list.map((file) => `${file.id} (SHA-256 ${file.sha256}, ${file.size} bytes)`).join('; ')}`,
          subjectId: input.recordClass,
          data: { recordClass: input.recordClass, files: list.map(({ id, sha256, size }) => ({ id, sha256, size })) },
        });
        return list;
      });
      const gone = (await dataSource.query(`SELECT id FROM files WHERE audit_id = $1 AND record_class = $2 AND disposed_at IS NOT NULL`, [input.auditId, input.recordClass])) as { id: string }[];
      for (const file of gone) await fileStore.delete(fileStoreKey(input.auditId, file.id));
      return { disposed: disposed.length };
    },
  };
}
