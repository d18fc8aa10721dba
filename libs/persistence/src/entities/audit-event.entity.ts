import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditPhase, AuditRole, SignInMethod } from '@auditflow/domain';

/** One timeline line. Append-only: a database trigger rejects updates. */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  /** bigserial; pg returns it as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  /** Position in the workflow's event sequence; unique per workflow. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  phase!: AuditPhase;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail!: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: AuditRole | null;

  /** Directory id of the signed-in person who acted (absent on events from before sign-in and on system events). */
  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  /** How they signed in: sso, link or token. */
  @Column({ name: 'actor_via', type: 'text', nullable: true })
  actorVia!: SignInMethod | null;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** SHA-256 of the line before it in its chain (timeline-chain in the domain); null on the first and on lines from before the chain. */
  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  prevHash!: string | null;

  /** SHA-256 of its content and prev_hash; null on lines recorded before timelines were chained. */
  @Column({ type: 'text', nullable: true })
  hash!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
