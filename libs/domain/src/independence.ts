import { z } from 'zod';
import { onFirstUse } from './on-first-use';
import { TeamRole } from './roles';
import { calendarDate, shortText, teamMemberSchema, text } from './schemas';

/**
 * Independence (ISO 19011 4 e and 5.5.4, ISO/IEC 27007 5.5.4): who audits must not audit their own unit, nor work
 * they designed, implemented or operated themselves. This is the one definition: the launch, the pool's team check,
 * work assignment and the replacement of a member after an objection all ask it.
 */

/** Own work stays a conflict for this long after it ended: the customary cooling-off of ISO/IEC 17021-1 5.2. */
export const OWN_WORK_COOLING_OFF_YEARS = 2;

/** Work a person designed, implemented or operated: a unit, process, site or control (e.g. "A.8.15"), in a period. */
export const ownWorkSchema = onFirstUse(() =>
  z
    .object({
      subject: shortText.describe('the unit, process, site or control (e.g. A.8.15) the person designed or operated'),
      from: calendarDate,
      to: calendarDate.optional().describe('omitted while the person still does this work'),
      note: text.optional(),
    })
    .refine((work) => !work.to || work.to >= work.from, { path: ['to'], message: 'must not be before from' }),
);
export type OwnWork = z.output<ReturnType<typeof ownWorkSchema>>;

/** A team member as launched or brought in as a replacement: their declared unit and own work. */
export const auditTeamMemberSchema = onFirstUse(() =>
  teamMemberSchema().extend({
    ownWork: z.array(ownWorkSchema()).optional().describe('declared conflicts: work this member designed or operated'),
  }),
);

export interface IndependenceSubject {
  role?: TeamRole;
  /** The units the person belongs to, as declared on the team and as the auditor pool records it. */
  units: readonly (string | null | undefined)[];
  ownWork?: readonly OwnWork[];
}

/** What is being audited: units, and the processes, sites, controls or clauses looked at. */
export interface AuditedWork {
  units: readonly string[];
  subjects: readonly string[];
  /** When the audit (or the audited work) starts: own work that ended before the cooling-off is no conflict. */
  startsAt: string;
}

export interface IndependenceConflict {
  /** The field of the member that holds the conflict. */
  field: 'unit' | 'ownWork';
  reason: string;
}

const same = (left: string, right: string) => left.trim().toLowerCase() === right.trim().toLowerCase();

/** Why this person may not audit this work, or undefined. Observers accompany the team but do not audit. */
export function independenceConflict(person: IndependenceSubject, audited: AuditedWork): IndependenceConflict | undefined {
  if (person.role === 'observer') return undefined;
  const ownUnit = person.units.find((unit): unit is string => !!unit && audited.units.some((candidate) => same(candidate, unit)));
  if (ownUnit) return { field: 'unit', reason: `belongs to ${ownUnit} and may not audit their own unit` };
  const coolingOffStart = new Date(audited.startsAt);
  coolingOffStart.setUTCFullYear(coolingOffStart.getUTCFullYear() - OWN_WORK_COOLING_OFF_YEARS);
  const since = coolingOffStart.toISOString().slice(0, 10);
  const own = (person.ownWork ?? []).find(
    (work) => (!work.to || work.to >= since) && [...audited.units, ...audited.subjects].some((subject) => same(subject, work.subject)),
  );
  if (own) {
    return {
      field: 'ownWork',
      reason: `declared designing or operating ${own.subject} (${own.from} to ${own.to ?? 'now'}) and may not audit their own work within ${OWN_WORK_COOLING_OFF_YEARS} years`,
    };
  }
  return undefined;
}

/** What a whole audit covers, from its launch: the auditee's unit and the scope's units, processes and sites. */
export function auditedByLaunch(launch: {
  auditee: { unit: string };
  scope: { units: readonly string[]; processes?: readonly string[]; sites?: readonly string[] };
  plannedStart: string;
}): AuditedWork {
  return {
    units: [launch.auditee.unit, ...launch.scope.units],
    subjects: [...(launch.scope.processes ?? []), ...(launch.scope.sites ?? [])],
    startsAt: launch.plannedStart,
  };
}
