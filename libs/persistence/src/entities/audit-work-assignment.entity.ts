import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Audit work given to one auditor (ISO 19011 6.3.3). */
@Entity({ name: 'audit_work_assignments' })
export class AuditWorkAssignmentEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  auditor!: string;

  @Column({ type: 'text' })
  area!: string;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  @Column({ name: 'checklist_item_ids', type: 'jsonb', default: () => `'[]'` })
  checklistItemIds!: string[];

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
