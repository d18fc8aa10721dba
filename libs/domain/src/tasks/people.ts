import { AUDITEE_ROLES } from '../roles';
import { EscalationTarget } from '../settings';
import { Task } from './task';

/** The people escalations and decisions reach, fixed per audit. */
export interface TaskPeople {
  programmeManager: string;
  complianceLead: string;
  teamLeader: string;
  auditeeManager: string;
}

export function resolveTarget(target: EscalationTarget, task: Task, people: TaskPeople): string {
  switch (target) {
    case 'assignee':
      return task.assignee;
    case 'assignee-manager':
      if (AUDITEE_ROLES.includes(task.role)) return people.auditeeManager;
      return task.assignee === people.teamLeader ? people.programmeManager : people.teamLeader;
    case 'team-leader':
      return people.teamLeader;
    case 'programme-manager':
      return people.programmeManager;
    case 'compliance-lead':
      return people.complianceLead;
  }
}

export function resolveTargets(targets: readonly EscalationTarget[], task: Task, people: TaskPeople): string[] {
  return [...new Set(targets.map((target) => resolveTarget(target, task, people)))];
}
