/**
 * The projection of a programme's workflow: its cycle (`programme_runs`), the programme manager's tasks and the
 * cycle's timeline, with the notification outbox, in ONE transaction per step. The guarantees are those of
 * recordAuditProgress: events and notifications are insert-or-ignore by (workflow id, seq) and dedupe key, rows are
 * overwritten only by a record at least as new (`last_seq`), and records of one workflow are applied one at a time.
 */
import { ApplicationFailure } from '@temporalio/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProgrammeProgressRecord, READ_MODEL_REJECTED } from '@auditflow/domain';
import { lockTimelineChain } from '@auditflow/persistence';
import { outboxRow, queueOutboxRows } from './outbox';
import { insertMissing, TableSpec, upsertGuarded } from './sql';
import { TASK_COLUMN_TYPES, TaskColumns, taskColumns } from './tasks';
import { isPermanentDatabaseError } from './database-errors';

interface RunRow {
  programme_id: string;
  workflow_id: string;
  programme_version: number;
  status: string;
  cycle_start: string;
  cycle_end: string;
  plan: unknown;
  windows: unknown;
  coverage: unknown;
  gaps: unknown;
  reviews: unknown;
  next_review_at: string;
  last_seq: number;
  updated_at: string;
}

const PROGRAMME_RUNS: TableSpec<RunRow> = {
  table: 'programme_runs',
  key: ['programme_id'],
  columns: {
    programme_id: 'uuid',
    workflow_id: 'text',
    programme_version: 'integer',
    status: 'text',
    cycle_start: 'timestamptz',
    cycle_end: 'timestamptz',
    plan: 'jsonb',
    windows: 'jsonb',
    coverage: 'jsonb',
    gaps: 'jsonb',
    reviews: 'jsonb',
    next_review_at: 'timestamptz',
    last_seq: 'integer',
    updated_at: 'timestamptz',
  },
};

interface TaskRow extends TaskColumns {
  programme_id: string;
}

const PROGRAMME_TASKS: TableSpec<TaskRow> = {
  table: 'programme_tasks',
  key: ['programme_id', 'id'],
  columns: { programme_id: 'uuid', ...TASK_COLUMN_TYPES },
};

interface EventRow {
  workflow_id: string;
  seq: number;
  programme_id: string;
  type: string;
  summary: string;
  actor_email?: string;
  actor_role?: string;
  subject_id?: string;
  data?: Record<string, unknown>;
  occurred_at: string;
}

const PROGRAMME_RUN_EVENTS: TableSpec<EventRow> = {
  table: 'programme_run_events',
  key: ['workflow_id', 'seq'],
  columns: {
    workflow_id: 'text',
    seq: 'integer',
    programme_id: 'uuid',
    type: 'text',
    summary: 'text',
    actor_email: 'text',
    actor_role: 'text',
    subject_id: 'text',
    data: 'jsonb',
    occurred_at: 'timestamptz',
  },
};

async function applyRecord(db: EntityManager, record: ProgrammeProgressRecord): Promise<string[]> {
  const { run } = record;
  await upsertGuarded(db, PROGRAMME_RUNS, [
    {
      programme_id: record.programmeId,
      workflow_id: record.workflowId,
      programme_version: run.programmeVersion,
      status: run.status,
      cycle_start: run.plan.cycle.start,
      cycle_end: run.plan.cycle.end,
      plan: run.plan,
      windows: run.windows,
      coverage: run.coverage,
      gaps: run.gaps,
      reviews: run.reviews,
      next_review_at: run.nextReviewAt,
      last_seq: record.firstSeq,
      updated_at: record.at,
    },
  ]);
  await upsertGuarded(
    db,
    PROGRAMME_TASKS,
    record.tasks.map((task) => ({ programme_id: record.programmeId, ...taskColumns(record, task) })),
  );
  await insertMissing(
    db,
    PROGRAMME_RUN_EVENTS,
    record.events.map(({ notify: _notify, ...event }, index) => ({
      workflow_id: record.workflowId,
      seq: record.firstSeq + index,
      programme_id: record.programmeId,
      type: event.type,
      summary: event.summary,
      actor_email: event.actor?.email,
      actor_role: event.actor?.role,
      subject_id: event.subjectId,
      data: event.data,
      occurred_at: record.at,
    })),
    'seq',
  );
  const intents = record.events.flatMap((event) => event.notify ?? []);
  return queueOutboxRows(db, intents.map((intent) => outboxRow(record.workflowId, null, intent)));
}

export function createProgrammeProjectionActivities({ dataSource }: { dataSource: DataSource }) {
  return {
    /** Applies one step of a programme's workflow; returns every notification key it queued (this attempt or an earlier one). */
    async recordProgrammeProgress(record: ProgrammeProgressRecord): Promise<{ notificationKeys: string[] }> {
      try {
        return await dataSource.transaction(async (db) => {
          await lockTimelineChain(db, record.workflowId);
          return { notificationKeys: await applyRecord(db, record) };
        });
      } catch (error) {
        if (isPermanentDatabaseError(error)) {
          throw ApplicationFailure.nonRetryable(`the read model refused step ${record.firstSeq} of ${record.workflowId}: ${(error as Error).message}`, READ_MODEL_REJECTED);
        }
        throw error;
      }
    },
  };
}
