import type { TaskPeople } from '../tasks/people';
import type { ProgrammeRunState } from './state';

/**
 * Who a programme task's escalation reaches. Above the programme manager stands the audit client's side: the
 * compliance lead is the "manager" of the assignee and the last rung alike.
 */
export function programmeTaskPeople(state: ProgrammeRunState): TaskPeople {
  const { manager, complianceLead } = state.definition;
  return { programmeManager: manager.email, complianceLead: complianceLead.email, teamLeader: complianceLead.email, auditeeManager: complianceLead.email };
}
