import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActionPlan, CorrectiveActionStatus, ImplementationEvidence, NonconformityGrade, Verification, VerificationDeferral } from '@auditflow/domain';

/** One nonconformity's follow-up (ISO 19011 6.7), written from its own child workflow's progress records. */
@Entity({ name: 'corrective_actions' })
export class CorrectiveActionEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ name: 'finding_id', type: 'text' })
  findingId!: string;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId!: string;

  @Column({ type: 'text' })
  grade!: NonconformityGrade;

  @Column({ type: 'text' })
  status!: CorrectiveActionStatus;

  @Column({ type: 'integer' })
  round!: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt!: Date | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  plans!: ActionPlan[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidence!: ImplementationEvidence[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  verifications!: Verification[];

  /** Effectiveness checks put off (to a date, or to the next audit of the area), latest last. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  deferrals!: VerificationDeferral[];

  /** While a re-check is scheduled: when its task opens. */
  @Column({ name: 'recheck_due_at', type: 'timestamptz', nullable: true })
  recheckDueAt!: Date | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
