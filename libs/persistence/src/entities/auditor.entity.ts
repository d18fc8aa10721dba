import type { AuditorFeedback, CpdRecord, OwnWork, Qualification } from '@auditflow/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One evaluation of an auditor (ISO 19011 7.4): criteria, method, result, and what follows from gaps. */
export interface AuditorEvaluation {
  evaluatedAt: string;
  evaluatedBy: string;
  /** E-mail of who recorded it (absent on evaluations recorded before it was kept). */
  recordedBy?: string;
  method: string;
  criteria: string[];
  result: string;
  gaps?: string[];
  note?: string;
  /** The audit the evaluation is about (always named when its team leader records it). */
  auditId?: string;
}

/** A member of the auditor pool. Written by the API, not by workflows. */
@Entity({ name: 'auditors' })
export class AuditorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Organisational unit: an auditor never audits their own unit. */
  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  competences!: string[];

  @Column({ name: 'team_leader_qualified', type: 'boolean', default: false })
  teamLeaderQualified!: boolean;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  evaluations!: AuditorEvaluation[];

  /** Declared conflicts: work the auditor designed or operated, which they may not audit (see independence.ts). */
  @Column({ name: 'own_work', type: 'jsonb', default: () => `'[]'` })
  ownWork!: OwnWork[];

  /** Business sectors the auditor knows. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  sectors!: string[];

  /** Languages the auditor audits in, as language tags. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  languages!: string[];

  /** Qualifications with the evidence of each. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  qualifications!: Qualification[];

  /** Auditees' feedback after audits, appended, never rewritten. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  feedback!: AuditorFeedback[];

  /** Continual professional development records, appended, never rewritten. */
  @Column({ name: 'cpd_records', type: 'jsonb', default: () => `'[]'` })
  cpdRecords!: CpdRecord[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
