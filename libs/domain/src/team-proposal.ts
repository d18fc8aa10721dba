import { CompetenceArea, ISMS_COMPETENCE_AREAS } from './competence';
import { AuditedWork, independenceConflict, OwnWork } from './independence';

/**
 * A proposed audit team (ISO 19011 5.5.4, 7.2.3): independent of the audited work, led by a qualified team leader,
 * covering the ISMS competence areas if the pool can, and spreading the work over the pool.
 */

/** A period an auditor is away, as ISO dates or date-times. */
export interface Absence {
  from: string;
  to: string;
}

/** An auditor of the pool as the proposal weighs them: the pool's profile plus how busy and available they are. */
export interface PoolAuditor {
  email: string;
  name: string;
  unit?: string | null;
  competences: readonly string[];
  teamLeaderQualified?: boolean;
  ownWork?: readonly OwnWork[];
  /** Audits (or days) already assigned to the auditor in the audit's window; default 0. */
  workload?: number;
  /** False when the auditor cannot take audits in the window at all; default true. */
  available?: boolean;
  /** Periods the auditor is away: one overlapping the audit's window excludes them. */
  absences?: readonly Absence[];
}

/** The audit a team is proposed for: what it covers, and its window. */
export interface ProposalAudit extends AuditedWork {
  /** When the audit ends (default: the day it starts); absences overlapping startsAt..endsAt exclude an auditor. */
  endsAt?: string;
  /** What one team place adds to a member's workload (1 audit by default; the audit's days if workload counts days). */
  load?: number;
}

export interface ProposalOptions {
  /** At most this many people, the leader included. */
  teamSize?: number;
  /** The competence areas the team must cover together; default every ISMS competence area. */
  requiredAreas?: readonly CompetenceArea[];
}

export interface ProposedAuditor {
  email: string;
  name: string;
  unit: string | null;
  competences: string[];
  /** The workload the auditor had before this proposal. */
  workload: number;
}

export type ExclusionReason = 'own-unit' | 'own-work' | 'unavailable';

export interface TeamProposal {
  /** The team leader, qualified to lead; null when no eligible auditor of the pool is (the launch then needs a justification). */
  leader: ProposedAuditor | null;
  /** The other members, in the order they were chosen. */
  members: ProposedAuditor[];
  covered: CompetenceArea[];
  /** Required areas the proposed team does not cover: the launch needs a recorded justification for them. */
  missing: CompetenceArea[];
  /** Auditors of the pool who may not or cannot be on this team, and why. */
  excluded: { email: string; reason: ExclusionReason; detail: string }[];
  /** Every pool auditor's workload once this team is assigned. */
  workloadAfter: Record<string, number>;
}

/** Proposes one team for the audit from the pool. */
export function proposeTeam(pool: readonly PoolAuditor[], audited: ProposalAudit, options: ProposalOptions = {}): TeamProposal {
  const required = [...(options.requiredAreas ?? ISMS_COMPETENCE_AREAS)];
  const maxSize = options.teamSize ?? Number.POSITIVE_INFINITY;
  const excluded: TeamProposal['excluded'] = [];
  const eligible: PoolAuditor[] = [];
  for (const auditor of [...pool].sort(byEmail)) {
    const exclusion = exclusionOf(auditor, audited);
    if (exclusion) excluded.push({ email: auditor.email, ...exclusion });
    else eligible.push(auditor);
  }

  // The leader: the least busy qualified auditor, then the one covering most required areas, then by e-mail.
  const leader = [...eligible]
    .filter((auditor) => auditor.teamLeaderQualified)
    .sort((left, right) => workloadOf(left) - workloadOf(right) || newAreas(right, required).length - newAreas(left, required).length || byEmail(left, right))[0];
  const start = leader ? [leader] : [];
  const rest = eligible.filter((auditor) => auditor !== leader);
  const remaining = Math.max(0, maxSize - start.length);
  // Balance first: the least busy auditor who still adds an area. Without a size limit that covers every area the pool
  // can; under one it may leave areas a cover-first pick would reach, and then the pick leaving fewer missing wins.
  const open = uncovered(start, required);
  const balanced = [...start, ...greedyCover(rest, open, remaining, 'balance-first')];
  const limited = Number.isFinite(remaining) && uncovered(balanced, required).length > 0;
  const chosen = limited ? betterCover(balanced, [...start, ...greedyCover(rest, open, remaining, 'cover-first')], required) : balanced;

  const load = audited.load ?? 1;
  const workloadAfter = Object.fromEntries(pool.map((auditor) => [auditor.email, workloadOf(auditor) + (chosen.includes(auditor) ? load : 0)]));
  const notCovered = uncovered(chosen, required);
  return {
    leader: leader ? proposed(leader) : null,
    members: chosen.filter((auditor) => auditor !== leader).map(proposed),
    covered: required.filter((area) => !notCovered.includes(area)),
    missing: notCovered,
    excluded,
    workloadAfter,
  };
}

/**
 * Teams for several audits in the same window, proposed one after the other: each proposal's members carry its load
 * into the next proposal's workload, so the audits get balanced teams rather than the same people twice.
 */
export function proposeTeams(pool: readonly PoolAuditor[], audits: readonly ProposalAudit[], options: ProposalOptions = {}): TeamProposal[] {
  let current = [...pool];
  return audits.map((audit) => {
    const proposal = proposeTeam(current, audit, options);
    current = current.map((auditor) => ({ ...auditor, workload: proposal.workloadAfter[auditor.email] }));
    return proposal;
  });
}

function exclusionOf(auditor: PoolAuditor, audited: ProposalAudit): { reason: ExclusionReason; detail: string } | undefined {
  const conflict = independenceConflict({ role: 'auditor', units: [auditor.unit], ownWork: auditor.ownWork }, audited);
  if (conflict) return { reason: conflict.field === 'unit' ? 'own-unit' : 'own-work', detail: conflict.reason };
  if (auditor.available === false) return { reason: 'unavailable', detail: 'not available for audits in this window' };
  const away = (auditor.absences ?? []).find((absence) => overlaps(absence, audited));
  if (away) return { reason: 'unavailable', detail: `away from ${away.from} to ${away.to}` };
  return undefined;
}

/** Whole days compared: an absence on the audit's first or last day overlaps it. */
function overlaps(absence: Absence, audited: ProposalAudit): boolean {
  const day = (value: string) => value.slice(0, 10);
  return day(absence.from) <= day(audited.endsAt ?? audited.startsAt) && day(absence.to) >= day(audited.startsAt);
}

/** Greedy set cover: adds auditors until every area is covered, the size limit is reached, or nobody adds an area. */
function greedyCover(candidates: readonly PoolAuditor[], areas: readonly CompetenceArea[], limit: number, order: 'balance-first' | 'cover-first'): PoolAuditor[] {
  const picked: PoolAuditor[] = [];
  let open = [...areas];
  while (open.length > 0 && picked.length < limit) {
    const options = candidates.filter((auditor) => !picked.includes(auditor) && newAreas(auditor, open).length > 0);
    if (options.length === 0) break;
    const byLoad = (left: PoolAuditor, right: PoolAuditor) => workloadOf(left) - workloadOf(right);
    const byCover = (left: PoolAuditor, right: PoolAuditor) => newAreas(right, open).length - newAreas(left, open).length;
    const next = options.sort((left, right) => (order === 'balance-first' ? byLoad(left, right) || byCover(left, right) : byCover(left, right) || byLoad(left, right)) || byEmail(left, right))[0];
    picked.push(next);
    open = open.filter((area) => !next.competences.includes(area));
  }
  return picked;
}

function betterCover(balanced: PoolAuditor[], coverFirst: PoolAuditor[], required: readonly CompetenceArea[]): PoolAuditor[] {
  return uncovered(coverFirst, required).length < uncovered(balanced, required).length ? coverFirst : balanced;
}

function uncovered(team: readonly PoolAuditor[], areas: readonly CompetenceArea[]): CompetenceArea[] {
  return areas.filter((area) => !team.some((auditor) => auditor.competences.includes(area)));
}

function newAreas(auditor: PoolAuditor, open: readonly CompetenceArea[]): CompetenceArea[] {
  return open.filter((area) => auditor.competences.includes(area));
}

const workloadOf = (auditor: PoolAuditor) => auditor.workload ?? 0;
const byEmail = (left: PoolAuditor, right: PoolAuditor) => (left.email < right.email ? -1 : left.email > right.email ? 1 : 0);

function proposed(auditor: PoolAuditor): ProposedAuditor {
  return { email: auditor.email, name: auditor.name, unit: auditor.unit ?? null, competences: [...auditor.competences], workload: workloadOf(auditor) };
}
