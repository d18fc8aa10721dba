import { EntityManager } from 'typeorm';
import { AuditorFeedback, CpdRecord, fieldChanges } from '@auditflow/domain';
import { AuditorEntity, AuditorEvaluation, ChangedBy, recordAuditorEvent } from '@auditflow/persistence';
import { auditorView } from './auditor.dto';

// The auditor pool's history (clause 7 records). Each function is called inside the transaction that makes the
// change, with its EntityManager, so the change and its record commit together.

export function recordAuditorAdded(db: EntityManager, changedBy: ChangedBy, auditor: AuditorEntity): Promise<void> {
  return recordAuditorEvent(db, { auditorId: auditor.id, auditorEmail: auditor.email, type: 'auditor.added', changedBy, changes: fieldChanges(undefined, profileFields(auditor)) });
}

/** A profile change: the fields it changed, before and after, with the reason given. */
export function recordAuditorChanged(db: EntityManager, changedBy: ChangedBy, auditor: AuditorEntity, before: Record<string, unknown>, reason: string): Promise<void> {
  return recordAuditorEvent(db, { auditorId: auditor.id, auditorEmail: auditor.email, type: 'auditor.changed', changedBy, changes: fieldChanges(before, profileFields(auditor)), note: reason });
}

/** An evaluation is appended, never rewritten: the record names the new one alone, not the whole list again. */
export function recordAuditorEvaluated(db: EntityManager, changedBy: ChangedBy, auditor: AuditorEntity, evaluation: AuditorEvaluation): Promise<void> {
  return recordAuditorEvent(db, { auditorId: auditor.id, auditorEmail: auditor.email, type: 'auditor.evaluated', changedBy, changes: { evaluation: { after: evaluation } } });
}

/** Auditee feedback, appended like an evaluation. */
export function recordAuditorFeedback(db: EntityManager, changedBy: ChangedBy, auditor: AuditorEntity, feedback: AuditorFeedback): Promise<void> {
  return recordAuditorEvent(db, { auditorId: auditor.id, auditorEmail: auditor.email, type: 'auditor.feedback-received', changedBy, changes: { feedback: { after: feedback } } });
}

/** A CPD record, appended like an evaluation. */
export function recordAuditorCpd(db: EntityManager, changedBy: ChangedBy, auditor: AuditorEntity, record: CpdRecord): Promise<void> {
  return recordAuditorEvent(db, { auditorId: auditor.id, auditorEmail: auditor.email, type: 'auditor.cpd-recorded', changedBy, changes: { cpd: { after: record } } });
}

/** The profile as the history records it: the fields of the auditor's answer, without id, write times and the appended records. */
export function profileFields(auditor: AuditorEntity): Record<string, unknown> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, evaluations: _evaluations, feedback: _feedback, cpdRecords: _cpdRecords, ...fields } = auditorView(auditor);
  return fields;
}
