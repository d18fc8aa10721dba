import type { DataSource } from 'typeorm';
import { overdueTaskSql } from '@auditflow/persistence';

export interface TaskCounts {
  /** Tasks of audits, corrective actions and programmes not yet done or cancelled (overdue ones included). */
  open: number;
  /** Those of them past their due date. */
  overdue: number;
}

/** Counts the read model's active tasks now; cheap enough for every scrape (audit tasks are indexed by state, programmes have few). */
export async function countTasks(dataSource: DataSource): Promise<TaskCounts> {
  const [counts] = await dataSource.query(
    `SELECT count(*)::int AS open, count(*) FILTER (WHERE ${overdueTaskSql('now()')})::int AS overdue
       FROM (SELECT state, due_at, kind FROM audit_tasks WHERE state IN ('open', 'overdue')
             UNION ALL
             SELECT state, due_at, kind FROM programme_tasks WHERE state IN ('open', 'overdue')) t`,
  );
  return counts as TaskCounts;
}
