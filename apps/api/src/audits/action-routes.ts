import { actionRoute, AUDIT_ACTION_NAMES, AuditActionName, FOLLOW_UP_ACTION_NAMES, FollowUpActionName } from '@auditflow/domain';


const auditActionByRoute = new Map(AUDIT_ACTION_NAMES.map((action) => [actionRoute(action), action]));
const followUpActionByRoute = new Map(FOLLOW_UP_ACTION_NAMES.map((action) => [actionRoute(action), action]));

export function auditActionFromRoute(route: string): AuditActionName | undefined {
  return auditActionByRoute.get(route);
}

export function followUpActionFromRoute(route: string): FollowUpActionName | undefined {
  return followUpActionByRoute.get(route);
}

/** Tasks of a follow-up carry the finding id as prefix (`F-2.T-1`); their extension or reassignment goes to that workflow. */
export function followUpOfTask(taskId: string): string | undefined {
  const dot = taskId.indexOf('.');
  return dot > 0 ? taskId.slice(0, dot) : undefined;
}
