import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { z } from 'zod';
import { AppConfig } from '@auditflow/config';
import { AuditedWork, auditorProfileChangeSchema, auditorSchema, checkTeam, conflict, cpdStanding, CpdStanding, fieldChanges, forbidden, invalid, managesProgrammes, notFound, OwnWork, ProposalAudit, ProposalOptions, proposeTeam, TeamCandidate, TeamCheck, TeamProposal, TeamRole } from '@auditflow/domain';
import { AuditorEntity, listAuditorEvents, PageRequest, teamMembershipsOf, TeamMembership } from '@auditflow/persistence';
import { Principal, viewerOf } from '../auth/principal';
import { parseRequest } from '../common/zod-pipe';
import { APP_CONFIG } from '../infrastructure/tokens';
import { changeLockedAuditor } from './auditor-append';
import { profileFields, recordAuditorAdded, recordAuditorChanged } from './auditor-history';
import { workloadInWindow } from './auditor-workload';

@Injectable()
export class AuditorsService {
  constructor(
    @InjectRepository(AuditorEntity) private readonly auditors: Repository<AuditorEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(principal: Principal, input: z.output<typeof auditorSchema>): Promise<AuditorEntity> {
    requireProgrammeManagement(principal);
    if (await this.auditors.existsBy({ email: input.email })) throw conflict(`an auditor with e-mail ${input.email} already exists`);
    return this.dataSource.transaction(async (db) => {
      const auditors = db.getRepository(AuditorEntity);
      const auditor = await auditors.save(auditors.create({ ...input, unit: input.unit ?? null, evaluations: [], feedback: [], cpdRecords: [] }));
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

  /** One auditor, the audits whose team names them (among the audits the reader may see) and their CPD this year. */
  async detail(principal: Principal, id: string): Promise<{ auditor: AuditorEntity; audits: TeamMembership[]; cpd: CpdStanding }> {
    const auditor = await this.get(principal, id);
    return { auditor, audits: await teamMembershipsOf(this.dataSource, viewerOf(principal), auditor.email), cpd: this.cpdStandingOf(auditor) };
  }

  /** The auditor's CPD this year against the configured yearly target. */
  cpdStandingOf(auditor: AuditorEntity, now = new Date()): CpdStanding {
    return cpdStanding(auditor.cpdRecords, this.config.CPD_HOURS_PER_YEAR, now);
  }

  /**
   * Programme managers and admins change profile fields with a reason, recorded on the auditor's timeline with each
   * field before and after. Who asks and which auditor are checked before the body.
   */
  async change(principal: Principal, id: string, body: unknown): Promise<AuditorEntity> {
    requireProgrammeManagement(principal);
    if (!(await this.auditors.existsBy({ id }))) throw notFound(`auditor ${id} does not exist`);
    const { reason, ...fields } = parseRequest(auditorProfileChangeSchema, body);
    let before: Record<string, unknown> = {};
    return changeLockedAuditor(
      this.dataSource,
      id,
      (auditor) => {
        before = profileFields(auditor);
        Object.assign(auditor, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
        if (Object.keys(fieldChanges(before, profileFields(auditor))).length === 0) throw invalid('reason', 'the change changes nothing: send the fields that change');
      },
      (db, saved) => recordAuditorChanged(db, principal, saved, before, reason),
    );
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

export function requireProgrammeManagement(principal: Principal): void {
  if (!managesProgrammes(principal.roles)) throw forbidden('only programme managers and admins manage the auditor pool');
}
