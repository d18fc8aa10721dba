import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TeamRole } from '@auditflow/domain';

@Entity({ name: 'audit_team_members' })
export class AuditTeamMemberEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: TeamRole;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;
}
