import { DataSource } from 'typeorm';
import { createProjectionActivities } from './projection/record-progress';

/** What activities need from the outside world, passed in explicitly. */
export interface ActivityDependencies {
  dataSource: DataSource;
}

export function createActivities(deps: ActivityDependencies) {
  return {
    ...createProjectionActivities(deps),
  };
}

export type AuditflowActivities = ReturnType<typeof createActivities>;
