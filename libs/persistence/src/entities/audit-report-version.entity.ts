import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReportContent, ReportStatus, ReportVersion } from '@auditflow/domain';

/** One version of the audit report (ISO 19011 6.5): draft → reviewed → approved → issued. */
@Entity({ name: 'audit_report_versions' })
export class AuditReportVersionEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  content!: ReportContent;

  @Column({ type: 'text' })
  status!: ReportStatus;

  @Column({ name: 'drafted_by', type: 'text' })
  draftedBy!: string;

  @Column({ name: 'drafted_at', type: 'timestamptz' })
  draftedAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  review!: ReportVersion['review'] | null;

  @Column({ type: 'jsonb', nullable: true })
  approval!: ReportVersion['approval'] | null;

  @Column({ type: 'jsonb', nullable: true })
  issue!: ReportVersion['issue'] | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
