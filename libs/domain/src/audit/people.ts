import { AuditRole } from '../roles';
import { TaskPeople } from '../tasks/people';
import { AuditState, TeamMember } from './state';

/** Every role the person holds in this audit. */
export function rolesOf(state: AuditState, email: string): AuditRole[] {
  const who = email.toLowerCase();
  const { definition } = state;
  const roles = new Set<AuditRole>(state.team.filter((member) => member.email === who).map((member) => member.role));
  if (definition.auditee.representative.email === who || state.auditeeDelegates.includes(who)) roles.add('auditee-representative');
  if (definition.auditee.manager.email === who) roles.add('auditee-manager');
  if (definition.programmeManager.email === who) roles.add('programme-manager');
  if (definition.complianceLead.email === who) roles.add('compliance-lead');
  return [...roles];
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

/** Who decides on extending a task: the team leader, or the programme manager for the team leader's own tasks. */
export function extensionDecider(state: AuditState, assignee: string): { email: string; role: AuditRole } {
  const leader = teamLeader(state).email;
  return assignee === leader
    ? { email: state.definition.programmeManager.email, role: 'programme-manager' }
    : { email: leader, role: 'team-leader' };
}
