import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { z } from 'zod';
import { AuditedWork, auditorEvaluationSchema, auditorSchema, checkTeam, conflict, forbidden, managesProgrammes, notFound, OwnWork, ProposalAudit, ProposalOptions, proposeTeam, TeamCandidate, TeamCheck, TeamProposal, TeamRole } from '@auditflow/domain';
import { AuditorEntity, listAuditorEvents, PageRequest, teamMembershipsOf, TeamMembership } from '@auditflow/persistence';
import { Principal, viewerOf } from '../auth/principal';
import { recordAuditorAdded, recordAuditorEvaluated } from './auditor-history';
import { workloadInWindow } from './auditor-workload';

@Injectable()
export class AuditorsService {
  constructor(
    @InjectRepository(AuditorEntity) private readonly auditors: Repository<AuditorEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(principal: Principal, input: z.output<typeof auditorSchema>): Promise<AuditorEntity> {
    requireProgrammeManagement(principal);
    if (await this.auditors.existsBy({ email: input.email })) throw conflict(`an auditor with e-mail ${input.email} already exists`);
    return this.dataSource.transaction(async (db) => {
      const auditors = db.getRepository(AuditorEntity);
      const auditor = await auditors.save(auditors.create({ ...input, unit: input.unit ?? null, evaluations: [] }));
      await recordAuditorAdded(db, principal, auditor);
      return auditor;
    });
  }

  /** The whole pool for programme managers and admins; an auditor sees their own profile. */
  list(principal: Principal): Promise<AuditorEntity[]> {
    const where = managesProgrammes(principal.roles) ? {} : { email: principal.email };
    return this.auditors.find({ where, order: { name: 'ASC' } });
  }

  async get(principal: Principal, id: string): Promise<AuditorEntity> {
    const auditor = await this.auditors.findOneBy(managesProgrammes(principal.roles) ? { id } : { id, email: principal.email });
    if (!auditor) throw notFound(`auditor ${id} does not exist`);
    return auditor;
  }

  /** One auditor and the audits whose team names them, among the audits the reader may see. */
  async detail(principal: Principal, id: string): Promise<{ auditor: AuditorEntity; audits: TeamMembership[] }> {
    const auditor = await this.get(principal, id);
    return { auditor, audits: await teamMembershipsOf(this.dataSource, viewerOf(principal), auditor.email) };
  }

  /** Evaluations are appended, never rewritten (7.4). */
  async evaluate(principal: Principal, id: string, evaluation: z.output<typeof auditorEvaluationSchema>): Promise<AuditorEntity> {
    requireProgrammeManagement(principal);
    return this.dataSource.transaction(async (db) => {
      // Locked until commit: evaluations recorded at the same time are appended one after the other, none lost.
      const auditor = await db.getRepository(AuditorEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!auditor) throw notFound(`auditor ${id} does not exist`);
      const recorded = { ...evaluation, evaluatedAt: new Date().toISOString() };
      auditor.evaluations = [...auditor.evaluations, recorded];
      const evaluated = await db.getRepository(AuditorEntity).save(auditor);
      await recordAuditorEvaluated(db, principal, evaluated, recorded);
      return evaluated;
    });
  }

  /** The auditor's history, oldest first, for whoever may read the auditor. */
  async timeline(principal: Principal, id: string, page: PageRequest) {
    await this.get(principal, id);
    return listAuditorEvents(this.dataSource, id, page);
  }

  /** The team-check endpoint: for those who pick teams, before launching. */
  checkTeamFor(principal: Principal, members: ProposedMember[], audited: AuditedWork) {
    requireProgrammeManagement(principal);
    return this.checkTeam(members, audited);
  }

  /** Checks a proposed team against the pool's profiles (7.2.3 coverage, independence, leader qualification). */
  async checkTeam(members: readonly ProposedMember[], audited: AuditedWork): Promise<TeamCheck & { unknown: string[] }> {
    const { candidates, unknown } = await this.candidatesOf(members);
    return { ...checkTeam(candidates, audited), unknown };
  }

  /** A team for the audit from the whole pool, each auditor weighed by the audits they are already on in its window. */
  async proposeTeamFor(principal: Principal, audit: ProposalAudit & { endsAt: string }, options: ProposalOptions): Promise<TeamProposal> {
    requireProgrammeManagement(principal);
    const [profiles, workload] = await Promise.all([this.auditors.find(), workloadInWindow(this.dataSource, audit.startsAt, audit.endsAt)]);
    return proposeTeam(profiles.map((profile) => ({ ...profile, workload: workload.get(profile.email) ?? 0 })), audit, options);
  }

  /** Each proposed member as the pool knows them: the unit and own work they declare joined with their profile's. */
  async candidatesOf(members: readonly ProposedMember[]): Promise<{ candidates: TeamCandidate[]; unknown: string[] }> {
    const profiles = await this.auditors.findBy({ email: In(members.map((member) => member.email)) });
    const candidates = members.map((member): TeamCandidate => {
      const profile = profiles.find((candidate) => candidate.email === member.email);
      return {
        email: member.email,
        role: member.role,
        units: [member.unit, profile?.unit],
        ownWork: [...(member.ownWork ?? []), ...(profile?.ownWork ?? [])],
        competences: profile?.competences ?? [],
        teamLeaderQualified: profile?.teamLeaderQualified ?? false,
        leader: member.role === 'team-leader' || member.leader,
      };
    });
    return { candidates, unknown: members.filter((member) => !profiles.some((profile) => profile.email === member.email)).map((member) => member.email) };
  }
}

/** A member of a proposed team: as the launch names them, or as the team-check endpoint is asked about them. */
export interface ProposedMember {
  email: string;
  role?: TeamRole;
  leader?: boolean;
  unit?: string;
  ownWork?: readonly OwnWork[];
}

function requireProgrammeManagement(principal: Principal): void {
  if (!managesProgrammes(principal.roles)) throw forbidden('only programme managers and admins manage the auditor pool');
}
