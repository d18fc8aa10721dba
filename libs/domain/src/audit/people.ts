import { AUDITEE_ROLES, AuditRole } from '../roles';
import { extensionDeciderFor } from '../tasks/extension-decider';
import { TaskPeople } from '../tasks/people';
import { Task } from '../tasks/task';
import { AuditState, TeamMember } from './state';

/** Who holds which role in an audit: what the workflow's state says, or what the read model stores of it. */
export interface AuditRoster {
  team: readonly { email: string; role: AuditRole }[];
  auditeeRepresentative: string;
  auditeeManager: string;
  programmeManager: string;
  complianceLead: string;
  /** Delegates for the whole audit: only audits launched before delegation became per task have any. */
  auditeeDelegates: readonly string[];
}

/**
 * Every role the person holds in the audit of this roster: the one definition, for the rules and for the API. A
 * delegate of one task holds no role: they act on that task only (holdsTaskOfStep).
 */
export function rolesIn(roster: AuditRoster, email: string): AuditRole[] {
  const who = email.toLowerCase();
  const roles = new Set<AuditRole>(roster.team.filter((member) => member.email === who).map((member) => member.role));
  if (roster.auditeeRepresentative === who || roster.auditeeDelegates.includes(who)) roles.add('auditee-representative');
  if (roster.auditeeManager === who) roles.add('auditee-manager');
  if (roster.programmeManager === who) roles.add('programme-manager');
  if (roster.complianceLead === who) roles.add('compliance-lead');
  return [...roles];
}

/** Every role the person holds in this audit. */
export function rolesOf(state: AuditState, email: string): AuditRole[] {
  const { definition } = state;
  return rolesIn(
    {
      team: state.team,
      auditeeRepresentative: definition.auditee.representative.email,
      auditeeManager: definition.auditee.manager.email,
      programmeManager: definition.programmeManager.email,
      complianceLead: definition.complianceLead.email,
      auditeeDelegates: state.auditeeDelegates,
    },
    email,
  );
}

/** Roles that give only the auditee's view of an audit (no role at all does not count). */
export function onlyAuditeeSide(roles: readonly AuditRole[]): boolean {
  return roles.length > 0 && roles.every((role) => AUDITEE_ROLES.includes(role));
}

/**
 * Who the auditee's next task goes to: whoever the task it continues (`continues`, the latest if several) was given
 * to, so a piece of work delegated stays with its delegate; else the representative. Audits launched before delegation
 * became per task always ask the representative.
 */
export function auditeeAssigneeFor(state: AuditState, continues: (task: Task) => boolean): string {
  const representative = state.definition.auditee.representative.email;
  if (!state.settings.delegationIsPerTask) return representative;
  const previous = state.tasks.filter((task) => task.role === 'auditee-representative' && continues(task)).at(-1);
  return previous?.assignee ?? representative;
}

export function teamLeader(state: AuditState): TeamMember {
  const leader = state.team.find((member) => member.role === 'team-leader');
  if (!leader) throw new Error('an audit always has a team leader');
  return leader;
}

export function auditPeople(state: AuditState): TaskPeople {
  return {
    programmeManager: state.definition.programmeManager.email,
    complianceLead: state.definition.complianceLead.email,
    teamLeader: teamLeader(state).email,
    auditeeManager: state.definition.auditee.manager.email,
  };
}

/** Who decides on extending a task of this audit (the rule its follow-ups share: extensionDeciderFor). */
export function extensionDecider(state: AuditState, assignee: string): { email: string; role: AuditRole } {
  return extensionDeciderFor(auditPeople(state), assignee, state.settings.programmeManagerExtensionsDecidedByComplianceLead === true);
}
