/**
 * The projection: the only writer of the audit read model, the timeline and the notification outbox.
 *
 * Each workflow step sends one ProgressRecord; `recordAuditProgress` applies it in ONE transaction, so a record is
 * either fully recorded or not at all. What that gives under Temporal's at-least-once activity execution:
 *
 * - Nothing duplicated. Events are keyed by (workflow_id, seq) and notifications by `${workflowId}:${intent.key}`,
 *   both insert-or-ignore; rows are upserts by their natural key. Re-running a record is a no-op for events and
 *   the outbox and rewrites rows with the values they already have.
 * - Nothing lost. A failed attempt rolls back entirely and Temporal retries it; a retry of a record that did commit
 *   still returns every notification key, so a send that was cut short is handed to the sender again.
 * - Nothing rolled back. Events are insert-only (the database rejects updates). Every row stores `last_seq`, the
 *   `firstSeq` of the record that wrote it, and is overwritten only by a record with `firstSeq >= last_seq`; an
 *   older record arriving late can still add rows it created but cannot overwrite newer state. (Two records with
 *   the same `firstSeq` are possible when a step had no events; the later one wins, which is the order the
 *   workflow sends them in.)
 * - Records of one workflow are applied one at a time (a transaction-scoped advisory lock on the workflow id), so
 *   the team's delete-and-insert never interleaves with a concurrent attempt.
 *
 * Order inside the transaction: the audit row first (the other audit tables reference it), then its children, then
 * the timeline and the outbox.
 */
import { DataSource, EntityManager } from 'typeorm';
import { AuditDelta, FollowUpDelta, ProgressRecord } from '../../libs/domain/src/projection/delta';
import { upsertAuditCollections } from './audit-collections';
import { upsertAudit } from './audit-header';
import { upsertCorrectiveAction } from './corrective-action';
import { queueNotifications } from './outbox';
import { ensureNamedPeople } from './people';
import { upsertTasks } from './tasks';
import { replaceTeam } from './team';
import { appendEvents } from './timeline';

export interface ProjectionDependencies {
  dataSource: DataSource;
}

export interface RecordProgressResult {
  /** Dedupe keys of every notification the record queued, whether this attempt or an earlier one inserted it. */
  notificationKeys: string[];
}

export function createProjectionActivities({ dataSource }: ProjectionDependencies) {
  return {
    async recordAuditProgress(record: ProgressRecord): Promise<RecordProgressResult> {
      return dataSource.transaction(async (db) => {
        await lockWorkflow(db, record.workflowId);
        if (record.delta.kind === 'audit') await applyAuditDelta(db, record, record.delta);
        else await applyFollowUpDelta(db, record, record.delta);
        await appendEvents(db, record);
        const notificationKeys = await queueNotifications(db, record);
        return { notificationKeys };
      });
    },
  };
}

export type ProjectionActivities = ReturnType<typeof createProjectionActivities>;

async function lockWorkflow(db: EntityManager, workflowId: string): Promise<void> {
  // A hash collision between two workflows only makes them wait for each other; it never changes a result.
  await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [workflowId]);
}

async function applyAuditDelta(db: EntityManager, record: ProgressRecord, delta: AuditDelta): Promise<void> {
  if (delta.header) await upsertAudit(db, record, delta.header);
  if (delta.team) await replaceTeam(db, record, delta.team);
  await upsertTasks(db, record, delta.tasks);
  await upsertAuditCollections(db, record, delta);
  await ensureNamedPeople(db, delta);
}

async function applyFollowUpDelta(db: EntityManager, record: ProgressRecord, delta: FollowUpDelta): Promise<void> {
  await upsertCorrectiveAction(db, record, delta);
  await upsertTasks(db, record, delta.tasks);
}
