import { FindingGrade, isNonconformity } from '../grades';
import { conflict, ensure, invalid, notFound } from '../rejection';
import type { ActionHandlers, AuditChange } from './change';
import { auditeeAssigneeFor } from './people';
import { AuditState, Finding, FindingRegrade } from './state';

type FindingActions = 'regradeFinding' | 'resolveDispute';

/** The third minor nonconformity on one criterion in a programme is proposed for raising to a major (6.4.8). */
export const REPEATED_MINORS_PROPOSE_MAJOR = 3;

/** A nonconformity is followed up (6.7) unless its dispute was resolved by withdrawing it. */
export function needsFollowUp(finding: Finding): boolean {
  return isNonconformity(finding.grade) && finding.disputeResolution?.outcome !== 'withdrawn';
}

/** Nonconformities the auditee disputed whose dispute the team leader has not resolved yet. */
export function unresolvedDisputes(state: AuditState): Finding[] {
  return state.findings.filter((finding) => isNonconformity(finding.grade) && finding.response && !finding.response.acknowledged && !finding.disputeResolution);
}

/** Changing a finding's grade (6.4.8): which steps may, and how the finding keeps the record of each change. */
export const findingHandlers: ActionHandlers<FindingActions> = {
  regradeFinding(change, payload) {
    const finding = findingOf(change, payload.findingId);
    ensure(finding.grade === 'minor-nonconformity', () => conflict(`finding ${finding.id} is a ${finding.grade}; only a minor nonconformity is raised to a major`));
    ensure(!finding.disputeResolution, () => conflict(`the dispute of finding ${finding.id} was resolved (${finding.disputeResolution!.outcome}); its grade stays as resolved`));
    regrade(change, finding, payload.grade, payload.reason, {});
    // The auditee answered a minor; a major is a new finding for them to acknowledge or dispute.
    change.closeTasks((task) => task.kind === 'respond-to-finding' && task.subjectId === finding.id, 'cancelled');
    change.openTask({
      kind: 'respond-to-finding',
      title: `Acknowledge or dispute major nonconformity ${finding.id} (raised from minor)`,
      assignee: auditeeAssigneeFor(change.state, (task) => task.kind === 'respond-to-finding' && task.subjectId === finding.id),
      role: 'auditee-representative',
      subjectId: finding.id,
      dueWithin: change.state.settings.findingResponseWithin,
    });
    change.record({ type: 'finding.regraded', summary: `Finding ${finding.id} raised from minor to major nonconformity: ${payload.reason}`, subjectId: finding.id, data: { from: finding.grade, to: payload.grade } });
  },

  resolveDispute(change, payload) {
    const finding = findingOf(change, payload.findingId);
    ensure(finding.response && !finding.response.acknowledged, () => conflict(`finding ${finding.id} is not disputed`));
    ensure(!finding.disputeResolution, () => conflict(`the dispute of finding ${finding.id} is already resolved (${finding.disputeResolution!.outcome})`));
    const regraded = payload.outcome === 'regraded';
    ensure(!regraded || payload.grade, () => invalid('grade', 'is required when the outcome is regraded'));
    ensure(regraded || !payload.grade, () => invalid('grade', `is given only when the outcome is regraded, not ${payload.outcome}`));
    ensure(!regraded || payload.grade !== finding.grade, () => invalid('grade', `finding ${finding.id} is already a ${finding.grade}`));
    const disputeResolution = { outcome: payload.outcome, reason: payload.reason, by: change.actor!.email, at: change.now };
    if (regraded) regrade(change, finding, payload.grade!, payload.reason, { disputeResolution });
    else replaceFinding(change, { ...finding, disputeResolution });
    change.record({
      type: 'finding.dispute-resolved',
      summary: `Dispute of ${finding.id} resolved: ${payload.outcome}${regraded ? ` to ${payload.grade}` : ''}: ${payload.reason}`,
      subjectId: finding.id,
      data: { outcome: payload.outcome, grade: regraded ? payload.grade : finding.grade },
    });
  },
};

function findingOf(change: AuditChange, findingId: string): Finding {
  const finding = change.state.findings.find((candidate) => candidate.id === findingId);
  ensure(finding, () => notFound(`finding ${findingId} does not exist`));
  return finding;
}

function regrade(change: AuditChange, finding: Finding, to: FindingGrade, reason: string, more: Partial<Finding>): void {
  const record: FindingRegrade = { from: finding.grade, to, reason, by: change.actor!.email, at: change.now };
  const raised = to === 'major-nonconformity' && !more.disputeResolution;
  replaceFinding(change, { ...finding, ...more, grade: to, regrades: [...(finding.regrades ?? []), record], ...(raised ? { response: undefined } : {}) });
}

function replaceFinding(change: AuditChange, finding: Finding): void {
  change.update({ findings: change.state.findings.map((candidate) => (candidate.id === finding.id ? finding : candidate)) });
}
