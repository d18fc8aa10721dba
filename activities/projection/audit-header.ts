import { EntityManager } from 'typeorm';
import { AuditHeader, ProgressRecord } from '@auditflow/domain';
import { TableSpec, upsertGuarded } from './sql';

interface AuditRow {
  id: string;
  workflow_id: string;
  programme_id: string;
  title: string;
  phase: string;
  auditee_unit: string;
  auditee_representative_email: string;
  auditee_manager_email: string;
  programme_manager_email: string;
  compliance_lead_email: string;
  planned_start: string;
  planned_end: string;
  report_due_at?: string;
  next_due_at?: string;
  definition: AuditHeader['definition'];
  header: AuditHeader;
  cancellation_reason?: string;
  last_seq: number;
  created_at: string;
  updated_at: string;
}

const AUDITS: TableSpec<AuditRow> = {
  table: 'audits',
  key: ['id'],
  columns: {
    id: 'uuid',
    workflow_id: 'text',
    programme_id: 'uuid',
    title: 'text',
    phase: 'text',
    auditee_unit: 'text',
    auditee_representative_email: 'text',
    auditee_manager_email: 'text',
    programme_manager_email: 'text',
    compliance_lead_email: 'text',
    planned_start: 'timestamptz',
    planned_end: 'timestamptz',
    report_due_at: 'timestamptz',
    next_due_at: 'timestamptz',
    definition: 'jsonb',
    header: 'jsonb',
    cancellation_reason: 'text',
    last_seq: 'integer',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
};

export function auditRow(record: ProgressRecord, header: AuditHeader): AuditRow {
  const { definition } = header;
  return {
    id: definition.auditId,
    workflow_id: record.workflowId,
    programme_id: definition.programmeId,
    title: definition.title,
    phase: header.phase,
    auditee_unit: definition.auditee.unit,
    auditee_representative_email: definition.auditee.representative.email,
    auditee_manager_email: definition.auditee.manager.email,
    programme_manager_email: definition.programmeManager.email,
    compliance_lead_email: definition.complianceLead.email,
    planned_start: definition.plannedStart,
    planned_end: definition.plannedEnd,
    report_due_at: header.reportDueAt,
    next_due_at: header.nextDueAt,
    definition,
    header,
    cancellation_reason: header.cancellation?.reason,
    last_seq: record.firstSeq,
    created_at: header.createdAt,
    updated_at: record.at,
  };
}

/** Inserts the audit on its first record and rewrites it on later ones, never with an older record's header. */
export async function upsertAudit(db: EntityManager, record: ProgressRecord, header: AuditHeader): Promise<void> {
  await upsertGuarded(db, AUDITS, [auditRow(record, header)]);
}
