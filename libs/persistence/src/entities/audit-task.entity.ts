import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditRole, ExtensionRequest, TaskKind, TaskState } from '@auditflow/domain';

/** A task of an audit or of one of its corrective actions (then `workflowId` is the child workflow's). */
@Entity({ name: 'audit_tasks' })
export class AuditTaskEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  /** The task id, e.g. 'T-3', or 'F-2/T-1' for a corrective action's task. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ type: 'text' })
  kind!: TaskKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  assignee!: string;

  @Column({ type: 'text' })
  role!: AuditRole;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId!: string | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'due_version', type: 'integer' })
  dueVersion!: number;

  @Column({ type: 'text' })
  state!: TaskState;

  @Column({ name: 'escalation_level', type: 'integer' })
  escalationLevel!: number;

  @Column({ type: 'jsonb', nullable: true })
  extension!: ExtensionRequest | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
