import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EvidenceMethod } from '@auditflow/domain';

/** A working-document checklist question (ISO 19011 6.3.4). */
@Entity({ name: 'audit_checklist_items' })
export class AuditChecklistItemEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  /** Stable key of the reference question it was generated from, if any. */
  @Column({ type: 'text', nullable: true })
  key!: string | null;

  @Column({ type: 'text' })
  standard!: string;

  @Column({ type: 'text' })
  clause!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text' })
  question!: string;

  @Column({ name: 'expected_evidence', type: 'text' })
  expectedEvidence!: string;

  @Column({ type: 'text' })
  method!: EvidenceMethod;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
