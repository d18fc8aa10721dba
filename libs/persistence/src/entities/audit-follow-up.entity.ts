import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FollowUpState } from '@auditflow/domain';

/** The audit's own record of a nonconformity's follow-up: which child workflow, and whether it has closed. */
@Entity({ name: 'audit_follow_ups' })
export class AuditFollowUpEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ name: 'finding_id', type: 'text' })
  findingId!: string;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ type: 'text' })
  state!: FollowUpState;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
