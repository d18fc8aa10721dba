import { AuditSettings, DEFAULT_AUDIT_SETTINGS, needsFollowUp } from '@auditflow/domain';
import { InMemoryAudit } from '../../support/in-memory-audit';
import { act, activeTasks, auditInConducting, refuse } from './support/audit-driver';
import { as, expectRejection, P } from './support/fixtures';

const RECIPIENTS = [P.auditeeRepresentative.email, P.programmeManager.email];
const RETAIN = { retention: 'retain', retainUntil: '2030-01-01T00:00:00Z' };

/** Records a minor nonconformity against `criterion` and returns its id. */
async function recordMinor(audit: InMemoryAudit, criterion = 'A.8.15'): Promise<string> {
  await act(audit, 'recordEvidence', as.auditor, { checklistItemId: 'C-1', kind: 'record', description: 'Log retention is 30 days, policy says 90' });
  const events = await act(audit, 'recordFinding', as.auditor, {
    grade: 'minor-nonconformity',
    criterion,
    statement: 'Logs are not kept as long as the policy requires',
    evidenceIds: [audit.state.evidence.at(-1)!.id],
  });
  return events.find((event) => event.type === 'finding.recorded')!.subjectId!;
}

/** From conducting with the finding answered, to an approved report, issued, and completion asked for. */
async function throughReporting(audit: InMemoryAudit): Promise<void> {
  await act(audit, 'recordConclusions', as.lead, { conformityDegree: 'Largely conforming', effectiveness: 'Effective', objectivesMet: true });
  await act(audit, 'holdClosingMeeting', as.lead, { attendance: [P.teamLeader.email, P.auditeeRepresentative.email], minutes: 'Findings presented' });
  await act(audit, 'draftReport', as.lead, { content: { summary: 'Largely conforming.' } });
  await act(audit, 'reviewReport', as.pm, { comments: 'Clear' });
  await act(audit, 'approveReport', as.lead);
  await act(audit, 'issueReport', as.lead, { recipients: RECIPIENTS });
}

describe('raising a minor nonconformity to a major (6.4.8)', () => {
  it('keeps the change and its reason, and asks the auditee to answer the major afresh', async () => {
    const audit = await auditInConducting();
    const findingId = await recordMinor(audit);
    await act(audit, 'respondToFinding', as.rep, { findingId, acknowledged: true });

    const events = await act(audit, 'regradeFinding', as.lead, { findingId, grade: 'major-nonconformity', reason: 'Third minor on log retention in two years, never addressed' });

    const finding = audit.state.findings.find((candidate) => candidate.id === findingId)!;
    expect(finding).toMatchObject({ grade: 'major-nonconformity', regrades: [{ from: 'minor-nonconformity', to: 'major-nonconformity', by: P.teamLeader.email }] });
    expect(finding.response).toBeUndefined();
    expect(events.find((event) => event.type === 'finding.regraded')?.summary).toContain('never addressed');
    expect(activeTasks(audit.state, 'respond-to-finding')).toEqual([expect.objectContaining({ subjectId: findingId, assignee: P.auditeeRepresentative.email })]);
  });

  it('is the team leader’s alone, for minors only, with a reason', async () => {
    const audit = await auditInConducting();
    const findingId = await recordMinor(audit);
    expectRejection(refuse(audit, 'regradeFinding', as.auditor, { findingId, grade: 'major-nonconformity', reason: 'x' }), 'forbidden');
    expectRejection(refuse(audit, 'regradeFinding', as.lead, { findingId, grade: 'major-nonconformity' }), 'invalid', undefined, 'reason');
    expectRejection(refuse(audit, 'regradeFinding', as.lead, { findingId, grade: 'minor-nonconformity', reason: 'x' }), 'invalid', undefined, 'grade');
    await act(audit, 'regradeFinding', as.lead, { findingId, grade: 'major-nonconformity', reason: 'Repeated' });
    expectRejection(refuse(audit, 'regradeFinding', as.lead, { findingId, grade: 'major-nonconformity', reason: 'Again' }), 'conflict', 'only a minor nonconformity');
  });
});

describe('resolving a disputed nonconformity before its follow-up starts (6.4.8)', () => {
  it('refuses to complete the audit while a dispute is unresolved, then follows up an upheld finding', async () => {
    const audit = await auditInConducting();
    const findingId = await recordMinor(audit);
    await act(audit, 'respondToFinding', as.rep, { findingId, acknowledged: false, disagreement: 'Retention is set by the SIEM vendor' });
    await throughReporting(audit);

    expectRejection(refuse(audit, 'completeAudit', as.lead, RETAIN), 'conflict', `must be resolved (upheld, regraded or withdrawn) before follow-up starts: ${findingId}`);
    await act(audit, 'resolveDispute', as.lead, { findingId, outcome: 'upheld', reason: 'The policy, not the vendor, sets retention' });
    await act(audit, 'completeAudit', as.lead, RETAIN);
    expect(audit.state.followUps.map((followUp) => followUp.findingId)).toEqual([findingId]);
  });

  it('starts no follow-up for a withdrawn finding, and regrades with the new grade', async () => {
    const audit = await auditInConducting();
    const withdrawn = await recordMinor(audit, 'A.8.15');
    const regraded = await recordMinor(audit, 'A.5.18');
    await act(audit, 'respondToFinding', as.rep, { findingId: withdrawn, acknowledged: false, disagreement: 'The 90-day rule was retired in March' });
    await act(audit, 'respondToFinding', as.rep, { findingId: regraded, acknowledged: false, disagreement: 'One late review is not a nonconformity' });
    await throughReporting(audit);

    await act(audit, 'resolveDispute', as.lead, { findingId: withdrawn, outcome: 'withdrawn', reason: 'Policy v8 shows the rule retired' });
    const events = await act(audit, 'resolveDispute', as.lead, { findingId: regraded, outcome: 'regraded', grade: 'opportunity-for-improvement', reason: 'A single late review' });
    expect(events.find((event) => event.type === 'finding.dispute-resolved')?.summary).toContain('regraded to opportunity-for-improvement');
    expect(audit.state.findings.map((finding) => [finding.id, finding.grade, finding.disputeResolution?.outcome, needsFollowUp(finding)])).toEqual([
      [withdrawn, 'minor-nonconformity', 'withdrawn', false],
      [regraded, 'opportunity-for-improvement', 'regraded', false],
    ]);

    await act(audit, 'completeAudit', as.lead, RETAIN);
    expect(audit.state.phase).toBe('closed');
    expect(audit.state.followUps).toEqual([]);
  });

  it('names the grade field when it is missing, superfluous or unchanged, and refuses an undisputed finding', async () => {
    const audit = await auditInConducting();
    const findingId = await recordMinor(audit);
    expectRejection(refuse(audit, 'resolveDispute', as.lead, { findingId, outcome: 'upheld', reason: 'x' }), 'conflict', 'is not disputed');
    await act(audit, 'respondToFinding', as.rep, { findingId, acknowledged: false, disagreement: 'No' });
    expectRejection(refuse(audit, 'resolveDispute', as.lead, { findingId, outcome: 'regraded', reason: 'x' }), 'invalid', 'is required', 'grade');
    expectRejection(refuse(audit, 'resolveDispute', as.lead, { findingId, outcome: 'upheld', grade: 'observation', reason: 'x' }), 'invalid', 'only when the outcome is regraded', 'grade');
    expectRejection(refuse(audit, 'resolveDispute', as.lead, { findingId, outcome: 'regraded', grade: 'minor-nonconformity', reason: 'x' }), 'invalid', 'already', 'grade');
  });

  it('leaves audits launched before this rule to complete with a dispute open, as they did', async () => {
    const { disputesResolvedBeforeFollowUp: _rule, ...before }: AuditSettings = DEFAULT_AUDIT_SETTINGS;
    const audit = await auditInConducting(before);
    const findingId = await recordMinor(audit);
    await act(audit, 'respondToFinding', as.rep, { findingId, acknowledged: false, disagreement: 'No' });
    await throughReporting(audit);
    await act(audit, 'completeAudit', as.lead, RETAIN);
    expect(audit.state.phase).toBe('following-up');
  });
});
