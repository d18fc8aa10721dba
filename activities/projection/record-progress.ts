/**
 * The projection: the only writer of the audit read model, the timeline, and the notification outbox and planned clock
 * mail as steps leave them (the worker's dispatcher moves planned mail into the outbox at its moment).
 *
 * Each workflow step sends one ProgressRecord; `recordAuditProgress` applies it in ONE transaction, so a record is
 * either fully recorded or not at all. What that gives under Temporal's at-least-once activity execution:
 *
 * - Nothing duplicated. Events are keyed by (workflow_id, seq) and notifications by `${workflowId}:${intent.key}`,
 *   both insert-or-ignore; rows are upserts by their natural key. Re-running a record is a no-op for events and
 *   the outbox and rewrites rows with the values they already have.
 * - Nothing lost. A failed attempt rolls back entirely and Temporal retries it; a retry of a record that did commit
 *   still returns every notification key still pending, so a send that was cut short is handed to the sender again.
 * - Nothing rolled back. Events are insert-only (the database rejects updates). Every row stores `last_seq`, the
 *   `firstSeq` of the record that wrote it, and is overwritten only by a record with `firstSeq >= last_seq`; an
 *   older record arriving late can still add rows it created but cannot overwrite newer state. (Two records with
 *   the same `firstSeq` are possible when a step had no events; the later one wins, which is the order the
 *   workflow sends them in.)
 * - Records of one workflow are applied one at a time (a transaction-scoped advisory lock on the workflow id), so
 *   the team's delete-and-insert never interleaves with a concurrent attempt.
 * - A record the database refuses for good (a data or constraint error: SQLSTATE classes 22 and 23) fails without
 *   retry as `ReadModelRejected`; the workflow keeps it with `recordFailedWrite` for an admin and goes on. Connection
 *   failures, timeouts, lock and serialization errors are retried.
 *
 * Order inside the transaction: the audit row first (the other audit tables reference it), then its children, then
 * the timeline and the outbox.
 */
import { markAttachedFiles } from './attached-files';
import { ApplicationFailure } from '@temporalio/common';
import { AuditDelta, FollowUpDelta, ProgressRecord, READ_MODEL_REJECTED } from '@auditflow/domain';
import { DataSource, EntityManager } from 'typeorm';
import { lockTimelineChain } from '@auditflow/persistence';
import { upsertAuditCollections } from './audit-collections';
import { upsertAudit } from './audit-header';
import { upsertCorrectiveAction } from './corrective-action';
import { queueNotifications } from './outbox';
import { replacePlannedMail } from './planned-mail';
import { ensureNamedPeople } from './people';
import { upsertTasks } from './tasks';
import { replaceTeam } from './team';
import { appendEvents } from './timeline';
import { isPermanentDatabaseError } from './database-errors';

export interface ProjectionDependencies {
  dataSource: DataSource;
}

export interface RecordProgressResult {
  /** Dedupe keys of the record's notifications still to send, whether this attempt or an earlier one queued them. */
  notificationKeys: string[];
}

export function createProjectionActivities({ dataSource }: ProjectionDependencies) {
  async function recordAuditProgress(record: ProgressRecord): Promise<RecordProgressResult> {
    try {
      return await dataSource.transaction(async (db) => {
        await lockWorkflow(db, record.workflowId);
        if (record.delta.kind === 'audit') await applyAuditDelta(db, record, record.delta);
        else await applyFollowUpDelta(db, record, record.delta);
        await appendEvents(db, record);
        const notificationKeys = await queueNotifications(db, record);
        await replacePlannedMail(db, record);
        return { notificationKeys };
      });
    } catch (error) {
      if (isPermanentDatabaseError(error)) {
        throw ApplicationFailure.nonRetryable(`the read model refused step ${record.firstSeq} of ${record.workflowId}: ${(error as Error).message}`, READ_MODEL_REJECTED);
      }
      throw error;
    }
  }

  return {
    recordAuditProgress,

    /**
     * Keeps a refused record for an admin (as JSON text: every string escaped, so it stores whatever it holds).
     * On retry: one row per (workflow, step), inserted only if missing.
     */
    async recordFailedWrite(input: { record: ProgressRecord; reason: string }): Promise<void> {
      await dataSource.query(
        `INSERT INTO failed_writes (workflow_id, audit_id, first_seq, record, reason) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (workflow_id, first_seq) DO NOTHING`,
        [input.record.workflowId, input.record.auditId, input.record.firstSeq, JSON.stringify(input.record), input.reason.slice(0, 4000)],
      );
    },

    /**
     * Applies a kept record again (an admin's retry), with the same guarantees as recordAuditProgress, and marks it
     * recorded; refused again, it waits again as failed with the new reason.
     */
    async retryFailedWrite(input: { id: number }): Promise<RecordProgressResult> {
      const [row] = await dataSource.query(`SELECT record FROM failed_writes WHERE id = $1`, [input.id]);
      if (!row) throw ApplicationFailure.nonRetryable(`no failed write ${input.id}`, 'UnknownFailedWrite');
      try {
        // Its clock plan, if it carried one, is left out: later steps have replaced it, and the clock sends what is due.
        const { plannedMail: _stalePlan, ...record } = JSON.parse(row.record) as ProgressRecord;
        const result = await recordAuditProgress(record);
        await dataSource.query(`UPDATE failed_writes SET status = 'recorded' WHERE id = $1`, [input.id]);
        return result;
      } catch (error) {
        if (error instanceof ApplicationFailure && error.type === READ_MODEL_REJECTED) {
          await dataSource.query(`UPDATE failed_writes SET status = 'failed', reason = $2 WHERE id = $1`, [input.id, error.message.slice(0, 4000)]);
        }
        throw error;
      }
    },
  };
}

export type ProjectionActivities = ReturnType<typeof createProjectionActivities>;

async function lockWorkflow(db: EntityManager, workflowId: string): Promise<void> {
  // The lock of the workflow's timeline chain too (side events of the same workflow id append under it).
  await lockTimelineChain(db, workflowId);
}

async function applyAuditDelta(db: EntityManager, record: ProgressRecord, delta: AuditDelta): Promise<void> {
  if (delta.header) await upsertAudit(db, record, delta.header);
  if (delta.team) await replaceTeam(db, record, delta.team);
  await upsertTasks(db, record, delta.tasks);
  await upsertAuditCollections(db, record, delta);
  await markAttachedFiles(db, record.auditId, delta);
  await ensureNamedPeople(db, delta);
}

async function applyFollowUpDelta(db: EntityManager, record: ProgressRecord, delta: FollowUpDelta): Promise<void> {
  await upsertCorrectiveAction(db, record, delta);
  await upsertTasks(db, record, delta.tasks);
}
