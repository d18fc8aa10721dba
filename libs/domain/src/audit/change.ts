import { subtractDuration } from '../duration';
import { timeZoneOf } from '../calendar/working-calendar';
import { dueDate } from '../tasks/due-date';
import { canTransition, AuditPhase } from '../phases';
import { conflict } from '../rejection';
import { Change } from '../tasks/change';
import { AuditActionName, AuditActionPayload } from './actions';
import { teamLeader } from './people';
import { AuditState, FollowUp } from './state';
import { needsFollowUp } from './findings';

export type AuditChange = Change<AuditState>;
export type ActionHandler<A extends AuditActionName> = (change: AuditChange, payload: AuditActionPayload<A>) => void;
export type ActionHandlers<A extends AuditActionName> = { [K in A]: ActionHandler<K> };

/** Moves the audit to the next phase and opens the work that phase waits for. */
export function enterPhase(change: AuditChange, to: AuditPhase, note?: string): void {
  const from = change.state.phase;
  if (!canTransition(from, to)) throw conflict(`the audit cannot move from ${from} to ${to}`);
  change.update({ phase: to });
  change.record({ type: 'phase.entered', summary: `Audit moved from ${from} to ${to}${note ? `: ${note}` : ''}`, data: { from, to } });
  const { settings } = change.state;
  const leader = teamLeader(change.state);
  switch (to) {
    case 'preparing':
      change.openTask({ kind: 'issue-plan', title: 'Prepare and agree the audit plan', assignee: leader.email, role: 'team-leader', dueAt: planDueAt(change, leader.email) });
      return;
    case 'reporting': {
      const report = change.openTask({ kind: 'issue-report', title: 'Issue the audit report', assignee: leader.email, role: 'team-leader', dueWithin: settings.reportIssueWithin });
      change.update({ reportDueAt: report.dueAt });
      return;
    }
    case 'completing':
      change.openTask({ kind: 'complete-audit', title: 'Complete the audit: records and lessons learned', assignee: leader.email, role: 'team-leader', dueWithin: settings.completionWithin });
      return;
    case 'following-up': {
      const followUps: FollowUp[] = change.state.findings
        .filter(needsFollowUp)
        .map((finding) => ({ findingId: finding.id, workflowId: followUpWorkflowId(change.state.definition.auditId, finding.id), state: 'open' }));
      change.update({ followUps });
      return;
    }
    case 'closed':
    case 'cancelled':
      change.closeTasks(() => true, 'cancelled');
      return;
    default:
      return;
  }
}

/**
 * The plan is due planIssueWithin after preparing starts, and no later than planDueBeforeFieldwork before the planned
 * start of fieldwork (6.3.2), whichever comes first; never before now. Audits without that setting keep the first rule.
 */
function planDueAt(change: AuditChange, leader: string): string {
  const { settings, definition } = change.state;
  const afterStart = dueDate(change.now, settings.planIssueWithin, settings.workingCalendar, leader);
  if (!settings.planDueBeforeFieldwork) return afterStart;
  const zone = settings.workingCalendar && timeZoneOf(settings.workingCalendar, leader);
  const beforeFieldwork = subtractDuration(definition.plannedStart, settings.planDueBeforeFieldwork, settings.workingCalendar, zone);
  const due = Math.max(Date.parse(change.now), Math.min(Date.parse(afterStart), Date.parse(beforeFieldwork)));
  return new Date(due).toISOString();
}

export function auditWorkflowId(auditId: string): string {
  return `audit-${auditId}`;
}

export function followUpWorkflowId(auditId: string, findingId: string): string {
  return `audit-${auditId}-followup-${findingId}`;
}

/** The finding whose follow-up runs as `workflowId`, or undefined when it is the audit's own workflow. */
export function findingOfFollowUp(auditId: string, workflowId: string): string | undefined {
  const prefix = followUpWorkflowId(auditId, '');
  return workflowId.startsWith(prefix) && workflowId.length > prefix.length ? workflowId.slice(prefix.length) : undefined;
}
