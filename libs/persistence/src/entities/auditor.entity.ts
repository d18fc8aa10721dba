import type { OwnWork } from '@auditflow/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One evaluation of an auditor (ISO 19011 7.4): criteria, method, result, and what follows from gaps. */
export interface AuditorEvaluation {
  evaluatedAt: string;
  evaluatedBy: string;
  method: string;
  criteria: string[];
  result: string;
  gaps?: string[];
  note?: string;
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
