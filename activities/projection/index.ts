// The read-model projection: the activity that records a workflow's progress, and the pure row builders it uses.
export { auditRow } from './audit-header';
export { notificationRows } from './outbox';
export { createProjectionActivities } from './record-progress';
export { createProgrammeProjectionActivities } from './record-programme-progress';
export type { ProjectionActivities, ProjectionDependencies, RecordProgressResult } from './record-progress';
export { eventRows } from './timeline';
