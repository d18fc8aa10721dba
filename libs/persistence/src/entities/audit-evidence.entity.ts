import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Evidence, EvidenceKind } from '@auditflow/domain';

/** One piece of audit evidence tied to a checklist item (ISO 19011 6.4.7). */
@Entity({ name: 'audit_evidence' })
export class AuditEvidenceEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'checklist_item_id', type: 'text' })
  checklistItemId!: string;

  @Column({ type: 'text' })
  kind!: EvidenceKind;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Column({ type: 'text', nullable: true })
  sampling!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  authorisation!: Evidence['authorisation'] | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'text', nullable: true })
  supervisor!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  confirmation!: Evidence['confirmation'] | null;

  @Column({ type: 'boolean', nullable: true })
  confidential!: boolean | null;

  @Column({ type: 'jsonb', nullable: true })
  files!: Evidence['files'] | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
