import { EntityManager } from 'typeorm';
import { fieldChanges } from '@auditflow/domain';
import { AuditorEntity, AuditorEvaluation, ChangedBy, recordAuditorEvent } from '@auditflow/persistence';
import { auditorView } from './auditor.dto';

// The auditor pool's history (clause 7 records). Each function is called inside the transaction that makes the
// change, with its EntityManager, so the change and its record commit together.

export function recordAuditorAdded(db: EntityManager, changedBy: ChangedBy, auditor: AuditorEntity): Promise<void> {
  return recordAuditorEvent(db, { auditorId: auditor.id, auditorEmail: auditor.email, type: 'auditor.added', changedBy, changes: fieldChanges(undefined, profileFields(auditor)) });
}

/** An evaluation is appended, never rewritten: the record names the new one alone, not the whole list again. */
export function recordAuditorEvaluated(db: EntityManager, changedBy: ChangedBy, auditor: AuditorEntity, evaluation: AuditorEvaluation): Promise<void> {
  return recordAuditorEvent(db, { auditorId: auditor.id, auditorEmail: auditor.email, type: 'auditor.evaluated', changedBy, changes: { evaluation: { after: evaluation } } });
}

/** The profile as the history records it: the fields of the auditor's answer, without id, write times and evaluations. */
function profileFields(auditor: AuditorEntity): Record<string, unknown> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, evaluations: _evaluations, ...fields } = auditorView(auditor);
  return fields;
}
