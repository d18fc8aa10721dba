/**
 * Custom search attributes the workflows keep current, so audits can be listed from Temporal too.
 * The dev server registers them at start; the worker registers them on an external cluster.
 */
export const AUDIT_SEARCH_ATTRIBUTES = {
  AuditPhase: 'Keyword',
  AuditProgramme: 'Keyword',
  AuditeeUnit: 'Keyword',
  AuditNextDueAt: 'Datetime',
} as const;

export type AuditSearchAttributeName = keyof typeof AUDIT_SEARCH_ATTRIBUTES;
