import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanContent, PlanStatus, PlanVersion } from '@auditflow/domain';

/** One version of the audit plan (ISO 19011 6.3.2). */
@Entity({ name: 'audit_plan_versions' })
export class AuditPlanVersionEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  content!: PlanContent;

  @Column({ type: 'text' })
  status!: PlanStatus;

  @Column({ name: 'drafted_by', type: 'text' })
  draftedBy!: string;

  @Column({ name: 'drafted_at', type: 'timestamptz' })
  draftedAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  answer!: PlanVersion['answer'] | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
