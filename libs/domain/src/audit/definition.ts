import { z } from 'zod';
import { teamGapJustificationSchema } from '../competence';
import { auditedByLaunch, auditTeamMemberSchema, independenceConflict } from '../independence';
import { personSchema, scopeSchema, shortText, timestamp } from '../schemas';

/** What a programme manager gives to launch an audit (ISO 19011 5.5.2–5.5.4), validated identically by API and workflow. */
export const auditLaunchSchema = z
  .object({
    programmeId: z.uuid({ message: 'must be the id of an audit programme' }).transform((value) => value.toLowerCase()),
    title: shortText,
    objectives: z.array(shortText).min(1, { message: 'must state at least one objective' }),
    scope: scopeSchema(),
    criteria: z.array(shortText).min(1, { message: 'must name at least one criterion' }),
    method: z.enum(['on-site', 'remote', 'blended']),
    plannedStart: timestamp,
    plannedEnd: timestamp,
    auditee: z.object({ unit: shortText, representative: personSchema(), manager: personSchema() }),
    team: z.array(auditTeamMemberSchema()).min(1, { message: 'must have at least a team leader' }),
    gapJustification: teamGapJustificationSchema.optional(),
  })
  .superRefine((value, context) => {
    if (Date.parse(value.plannedEnd) < Date.parse(value.plannedStart)) {
      context.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'must not be before plannedStart' });
    }
    const leaders = value.team.filter((member) => member.role === 'team-leader');
    if (leaders.length !== 1) {
      context.addIssue({ code: 'custom', path: ['team'], message: `must have exactly one team-leader (has ${leaders.length})` });
    }
    const seen = new Set<string>();
    const audited = auditedByLaunch(value);
    value.team.forEach((member, index) => {
      if (seen.has(member.email)) context.addIssue({ code: 'custom', path: ['team', index, 'email'], message: `${member.email} is listed twice` });
      seen.add(member.email);
      const conflict = independenceConflict({ role: member.role, units: [member.unit], ownWork: member.ownWork }, audited);
      if (conflict) context.addIssue({ code: 'custom', path: ['team', index, conflict.field], message: `independence: ${member.email} ${conflict.reason}` });
      if (member.email === value.auditee.representative.email) {
        context.addIssue({ code: 'custom', path: ['team', index, 'email'], message: 'the auditee representative cannot be on the audit team' });
      }
    });
  });
export type AuditLaunch = z.output<typeof auditLaunchSchema>;
