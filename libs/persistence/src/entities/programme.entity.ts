import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AuditSettingsOverrides, ProgrammeContent, ProgrammeCycleSettings } from '@auditflow/domain';

export type ProgrammeStatus = 'draft' | 'approved';

/** A risk or opportunity of the programme itself (ISO 19011 5.3) and how it is treated. */
export interface ProgrammeRisk {
  description: string;
  treatment: string;
}

/** An audit programme (clause 5). Written by the API, not by workflows. */
@Entity({ name: 'programmes' })
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  objectives!: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  risks!: ProgrammeRisk[];

  /** Number, duration and frequency of audits (5.4), as prose. */
  @Column({ type: 'text', nullable: true })
  extent!: string | null;

  @Column({ name: 'manager_email', type: 'text' })
  managerEmail!: string;

  @Column({ name: 'manager_name', type: 'text' })
  managerName!: string;

  @Column({ name: 'compliance_lead_email', type: 'text' })
  complianceLeadEmail!: string;

  @Column({ name: 'compliance_lead_name', type: 'text' })
  complianceLeadName!: string;

  /** Overrides of the default deadlines and escalation ladder for this programme's audits. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  settings!: AuditSettingsOverrides;

  /** Cycle, audit areas, Statement of Applicability, types, methods, resources, team-selection criteria (5.2–5.4). */
  @Column({ type: 'jsonb', nullable: true })
  content!: ProgrammeContent | null;

  @Column({ name: 'cycle_settings', type: 'jsonb', nullable: true })
  cycleSettings!: ProgrammeCycleSettings | null;

  /** Each change is a new version, approved again by the audit client. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'text', default: 'draft' })
  status!: ProgrammeStatus;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
