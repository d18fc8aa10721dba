import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditDefinition, AuditHeader, AuditPhase } from '@auditflow/domain';

/** One audit workflow's header. Written only by the projection activity. */
@Entity({ name: 'audits' })
export class AuditEntity {
  /** AuditDefinition.auditId. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  phase!: AuditPhase;

  @Column({ name: 'auditee_unit', type: 'text' })
  auditeeUnit!: string;

  @Column({ name: 'auditee_representative_email', type: 'text' })
  auditeeRepresentativeEmail!: string;

  @Column({ name: 'auditee_manager_email', type: 'text' })
  auditeeManagerEmail!: string;

  @Column({ name: 'programme_manager_email', type: 'text' })
  programmeManagerEmail!: string;

  @Column({ name: 'compliance_lead_email', type: 'text' })
  complianceLeadEmail!: string;

  @Column({ name: 'planned_start', type: 'timestamptz' })
  plannedStart!: Date;

  @Column({ name: 'planned_end', type: 'timestamptz' })
  plannedEnd!: Date;

  @Column({ name: 'report_due_at', type: 'timestamptz', nullable: true })
  reportDueAt!: Date | null;

  /** The earliest due date among the audit's active tasks. */
  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt!: Date | null;

  @Column({ type: 'jsonb' })
  definition!: AuditDefinition;

  @Column({ type: 'jsonb' })
  header!: AuditHeader;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  /** First event sequence number of the progress record that last wrote this row. */
  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
