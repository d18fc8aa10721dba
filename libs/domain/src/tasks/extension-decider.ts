import { AuditRole } from '../roles';
import { TaskPeople } from './people';

/**
 * Who decides on extending a task of `assignee`, in an audit and in its follow-ups alike: the compliance lead for the
 * programme manager's own tasks, the programme manager for the team leader's, the team leader for everyone else's.
 * Audits launched before the compliance lead decided for the programme manager (`programmeManagerToComplianceLead`
 * false) leave those with the team leader, as they always were.
 */
export function extensionDeciderFor(people: TaskPeople, assignee: string, programmeManagerToComplianceLead: boolean): { email: string; role: AuditRole } {
  if (programmeManagerToComplianceLead && assignee === people.programmeManager) return { email: people.complianceLead, role: 'compliance-lead' };
  if (assignee === people.teamLeader) return { email: people.programmeManager, role: 'programme-manager' };
  return { email: people.teamLeader, role: 'team-leader' };
}
