import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarInvite, NotificationKind, TemplateValue } from '@auditflow/domain';

export type NotificationStatus = 'pending' | 'sent' | 'undeliverable' | 'discarded';

export interface NotificationRecipients {
  to: string[];
  cc: string[];
}

/** A row of the notification outbox; `messageId` is derived from `dedupeKey` (see outbox/message-id.ts). */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  /** `${workflowId}:${intent.key}`. */
  @PrimaryColumn({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @Column({ name: 'audit_id', type: 'uuid', nullable: true })
  auditId!: string | null;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'jsonb' })
  recipients!: NotificationRecipients;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  data!: Record<string, TemplateValue>;

  @Column({ type: 'jsonb', nullable: true })
  invite!: CalendarInvite | null;

  @Column({ name: 'task_id', type: 'text', nullable: true })
  taskId!: string | null;

  @Column({ type: 'text', default: 'pending' })
  status!: NotificationStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'message_id', type: 'text', unique: true })
  messageId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** When it was given up as undeliverable (a permanent SMTP refusal or a mail that cannot be rendered). */
  @Column({ name: 'undeliverable_at', type: 'timestamptz', nullable: true })
  undeliverableAt!: Date | null;
}
