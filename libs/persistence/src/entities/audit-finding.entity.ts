import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Finding, FindingGrade } from '@auditflow/domain';

/** A graded audit finding (ISO 19011 6.4.8) with the auditee's response. */
@Entity({ name: 'audit_findings' })
export class AuditFindingEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  grade!: FindingGrade;

  @Column({ type: 'text' })
  criterion!: string;

  @Column({ type: 'text' })
  statement!: string;

  @Column({ name: 'evidence_ids', type: 'jsonb', default: () => `'[]'` })
  evidenceIds!: string[];

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  response!: Finding['response'] | null;

  @Column({ type: 'jsonb', nullable: true })
  regrades!: Finding['regrades'] | null;

  @Column({ name: 'dispute_resolution', type: 'jsonb', nullable: true })
  disputeResolution!: Finding['disputeResolution'] | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
