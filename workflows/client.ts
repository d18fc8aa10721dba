// What a Temporal client needs to talk to the workflows: Update/Query/Signal definitions, typed search
// attribute keys and the workflow types. Importing it does not load any workflow code.
export type { auditLifecycle } from './audit-lifecycle';
export type { auditProgramme } from './audit-programme';
export type { correctiveActionFollowUp } from './corrective-action-follow-up';
export * from './definitions';
export * from './shared/search-attributes';
