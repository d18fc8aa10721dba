import { DataSource } from 'typeorm';

/** What activities need from the outside world, passed in explicitly. */
export interface ActivityDependencies {
  dataSource: DataSource;
}

export function createActivities(_deps: ActivityDependencies) {
  return {};
}

export type AuditflowActivities = ReturnType<typeof createActivities>;
