import type { AuditState } from '../audit/state';
import { isAnnexAControlId, isClauseId, ScopeItems, scopeItemsDifference, unionOfScopeItems, hasScopeItems } from '../programme-cycle/scope-items';
import { ensure, notFound } from '../rejection';
import { programmeChange, programmeOutcome, progressOf, patchProgress, ProgrammeOutcome } from './clock';
import { raiseCoverageGaps } from './coverage';
import type { ProgrammeRunState } from './state';

/** What an audit reports back to its programme when it finishes. */
export interface AuditFinishedReport {
  auditId: string;
  windowId: string;
  phase: string;
  audited: ScopeItems;
}

/**
 * What an audit actually audited: the clauses and controls of checklist items with evidence. A scope change that
 * dropped items, or a termination before fieldwork, leaves them without evidence, so they do not count.
 */
export function auditedScopeItems(state: Pick<AuditState, 'checklist' | 'evidence'>): ScopeItems {
  const evidenced = new Set(state.evidence.map((evidence) => evidence.checklistItemId));
  const ids = state.checklist.filter((item) => evidenced.has(item.id)).map((item) => item.clause);
  return unionOfScopeItems({ clauses: ids.filter(isClauseId), controls: ids.filter(isAnnexAControlId) });
}

/**
 * A window's audit finished: what it audited counts for the cycle, and what its window planned but it did not audit
 * is withdrawn from that window, which can turn it into a coverage gap. A report repeated (a retried signal) is ignored.
 */
export function recordAuditFinished(state: ProgrammeRunState, report: AuditFinishedReport, now: string): ProgrammeOutcome {
  const progress = progressOf(state, report.windowId);
  ensure(progress?.auditId === report.auditId, () => notFound(`audit ${report.auditId} was not launched in window ${report.windowId}`));
  const change = programmeChange(state, now);
  if (progress.outcome) return programmeOutcome(change);
  const window = state.plan.windows.find((candidate) => candidate.id === report.windowId);
  const planned = window?.covers ?? { clauses: [], controls: [] };
  const withdrawn = scopeItemsDifference(planned, report.audited);
  patchProgress(change, report.windowId, { outcome: { phase: report.phase, finishedAt: now, audited: report.audited } });
  change.update({
    audited: unionOfScopeItems(state.audited, report.audited),
    withdrawn: hasScopeItems(withdrawn) ? [...state.withdrawn, { windowId: report.windowId, ...withdrawn }] : state.withdrawn,
  });
  change.record({
    type: 'window.audit-finished',
    summary: `The audit of window ${report.windowId} finished ${report.phase}: ${report.audited.clauses.length + report.audited.controls.length} clauses and controls audited${hasScopeItems(withdrawn) ? `, ${[...withdrawn.clauses, ...withdrawn.controls].join(', ')} not audited` : ''}`,
    subjectId: report.windowId,
    data: { auditId: report.auditId, phase: report.phase, audited: report.audited, withdrawn },
  });
  raiseCoverageGaps(change);
  return programmeOutcome(change);
}
