import { AuditState, performAuditAction } from '@auditflow/domain';
import { InMemoryAudit } from '../../support/in-memory-audit';
import { act, activeTask, activeTasks, auditInConducting, recordMajorNonconformity, refuse, taskById } from './support/audit-driver';
import { as, DAY, expectRejection, intents, P } from './support/fixtures';

const CONCLUSIONS = { conformityDegree: 'Largely conforming', effectiveness: 'Effective', objectivesMet: true };
const CLOSING_MINUTES = { attendance: [P.teamLeader.email, P.auditeeRepresentative.email], minutes: 'Findings presented' };

async function evidence(audit: InMemoryAudit): Promise<string> {
  const events = await act(audit, 'recordEvidence', as.auditor, { checklistItemId: 'C-1', kind: 'interview', description: 'IAM lead interviewed' });
  return events[0]!.subjectId!;
}

describe('conducting the audit (6.4)', () => {
  describe('evidence', () => {
    it('is recorded against a checklist item by whoever records it', async () => {
      const audit = await auditInConducting();
      const id = await evidence(audit);
      expect(audit.state.evidence).toEqual([
        expect.objectContaining({ id, checklistItemId: 'C-1', kind: 'interview', recordedBy: P.auditor.email }),
      ]);
    });

    it('needs an existing checklist item', async () => {
      const audit = await auditInConducting();
      expectRejection(refuse(audit, 'recordEvidence', as.auditor, { checklistItemId: 'C-9', kind: 'document', description: 'x' }), 'invalid', 'C-9', 'checklistItemId');
    });

    it('from a technical test on live systems needs a recorded authorisation', async () => {
      const audit = await auditInConducting();
      const test = { checklistItemId: 'C-1', kind: 'technical-test', description: 'Tried leaver accounts', sampling: '40 of 1,200' };
      expectRejection(refuse(audit, 'recordEvidence', as.auditor, test), 'invalid', 'is required for a technical test', 'authorisation');

      await act(audit, 'recordEvidence', as.auditor, { ...test, authorisation: { authorisedBy: 'CISO', reference: 'AUTH-14' } });
      expect(audit.state.evidence[0]).toMatchObject({ kind: 'technical-test', authorisation: { authorisedBy: 'CISO', reference: 'AUTH-14' }, sampling: '40 of 1,200' });
    });

    it('may be recorded by an auditor in training, who may not record findings', async () => {
      const audit = await auditInConducting();
      const trainee = { email: 'trainee@auditflow.example', name: 'Tim Trainee', role: 'auditor-in-training' as const, unit: 'Risk Office' };
      const state: AuditState = { ...audit.state, team: [...audit.state.team, trainee] };
      const actor = { email: trainee.email, role: trainee.role };

      const outcome = performAuditAction(state, 'recordEvidence', actor, { checklistItemId: 'C-1', kind: 'observation', description: 'Badge readers work', supervisor: P.auditor.email }, audit.now());
      expect(outcome.state.evidence).toHaveLength(1);
      expectRejection(refuse(audit, 'recordFinding', actor, { grade: 'observation', criterion: 'A.7.2', statement: 'x' }, outcome.state), 'forbidden');
    });
  });

  describe('findings', () => {
    it('a nonconformity must cite evidence that exists', async () => {
      const audit = await auditInConducting();
      const nc = { grade: 'minor-nonconformity', criterion: '9.2', statement: 'Report unsigned' };
      expectRejection(refuse(audit, 'recordFinding', as.auditor, nc), 'invalid', 'must cite at least one piece of evidence', 'evidenceIds');
      expectRejection(refuse(audit, 'recordFinding', as.auditor, { ...nc, evidenceIds: ['E-404'] }), 'invalid', 'E-404', 'evidenceIds.0');
    });

    it('a nonconformity asks the auditee to acknowledge or dispute it', async () => {
      const audit = await auditInConducting();
      const findingId = await recordMajorNonconformity(audit);

      expect(audit.state.findings[0]).toMatchObject({ id: findingId, grade: 'major-nonconformity', recordedBy: P.auditor.email });
      const respond = activeTask(audit.state, 'respond-to-finding');
      expect(respond).toMatchObject({ assignee: P.auditeeRepresentative.email, subjectId: findingId });
      expect(Date.parse(respond.dueAt) - Date.parse(respond.createdAt)).toBe(5 * DAY);
    });

    it('other grades need no evidence and no answer', async () => {
      const audit = await auditInConducting();
      await act(audit, 'recordFinding', as.lead, { grade: 'good-practice', criterion: 'A.5.1', statement: 'Policies are well maintained' });
      await act(audit, 'recordFinding', as.auditor, { grade: 'observation', criterion: 'A.8.15', statement: 'Retention is close to the minimum' });

      expect(audit.state.findings.map((finding) => finding.id)).toEqual(['F-1', 'F-2']);
      expect(activeTasks(audit.state, 'respond-to-finding')).toEqual([]);
      expectRejection(refuse(audit, 'respondToFinding', as.rep, { findingId: 'F-2', acknowledged: true }), 'conflict', 'only nonconformities are answered');
    });

    it('are answered once; a dispute needs the disagreement', async () => {
      const audit = await auditInConducting();
      const findingId = await recordMajorNonconformity(audit);
      const respond = activeTask(audit.state, 'respond-to-finding');

      expectRejection(refuse(audit, 'respondToFinding', as.rep, { findingId, acknowledged: false }), 'invalid', undefined, 'disagreement');
      await act(audit, 'respondToFinding', as.rep, { findingId, acknowledged: false, disagreement: 'Reviews are done on paper' });

      expect(audit.state.findings[0]!.response).toMatchObject({ acknowledged: false, disagreement: 'Reviews are done on paper', by: P.auditeeRepresentative.email });
      expect(taskById(audit.state, respond.id).state).toBe('done');
      expectRejection(refuse(audit, 'respondToFinding', as.rep, { findingId, acknowledged: true }), 'conflict', 'already been answered');
      expectRejection(refuse(audit, 'respondToFinding', as.rep, { findingId: 'F-9', acknowledged: true }), 'not-found', 'F-9');
    });
  });

  it('an urgent risk is reported to the auditee and its manager at once, copied to the programme manager', async () => {
    const audit = await auditInConducting();
    const events = await act(audit, 'flagUrgentRisk', as.auditor, { description: 'Admin password on a sticky note' });

    expect(audit.state.urgentRisks).toEqual([expect.objectContaining({ id: 'R-1', reportedBy: P.auditor.email })]);
    expect(intents(events)).toEqual([
      expect.objectContaining({ kind: 'urgent-risk', key: 'R-1:urgent-risk', to: [P.auditeeRepresentative.email, P.auditeeManager.email], cc: [P.programmeManager.email] }),
    ]);
  });

  it('a scope change replaces the scope (and objectives, when given) and is kept on record', async () => {
    const audit = await auditInConducting();
    const objectives = audit.state.definition.objectives;
    const scope = { units: ['IT Operations'], sites: [], processes: ['Access management'] };
    await act(audit, 'changeScope', as.lead, { scope, reason: 'Change management system unavailable' });

    expect(audit.state.definition).toMatchObject({ scope, objectives });
    expect(audit.state.scopeChanges).toEqual([expect.objectContaining({ scope, reason: 'Change management system unavailable', by: P.teamLeader.email })]);
  });

  describe('closing meeting', () => {
    it('needs the conclusions first', async () => {
      const audit = await auditInConducting();
      expectRejection(refuse(audit, 'holdClosingMeeting', as.lead, CLOSING_MINUTES), 'conflict', 'conclusions have not been recorded');
    });

    it('needs an answer to every nonconformity, naming those without one', async () => {
      const audit = await auditInConducting();
      const findingId = await recordMajorNonconformity(audit);
      await act(audit, 'recordFinding', as.auditor, { grade: 'observation', criterion: 'A.8.15', statement: 'No answer needed' });
      await act(audit, 'recordConclusions', as.lead, CONCLUSIONS);
      expectRejection(refuse(audit, 'holdClosingMeeting', as.lead, CLOSING_MINUTES), 'conflict', `not yet acknowledged or disputed by the auditee: ${findingId}`);

      await act(audit, 'respondToFinding', as.rep, { findingId, acknowledged: true });
      await act(audit, 'holdClosingMeeting', as.lead, CLOSING_MINUTES);
      expect(audit.state.phase).toBe('reporting');
    });

    it('must have been scheduled', async () => {
      const audit = await auditInConducting();
      await act(audit, 'recordConclusions', as.lead, CONCLUSIONS);
      await act(audit, 'cancelMeeting', as.lead, { meetingId: 'M-2', reason: 'Moved' });
      expectRejection(refuse(audit, 'holdClosingMeeting', as.lead, CLOSING_MINUTES), 'conflict', 'the closing meeting has not been scheduled');
    });

    it('when held, records diverging opinions and starts the report period', async () => {
      const audit = await auditInConducting();
      await evidence(audit);
      await act(audit, 'recordConclusions', as.lead, CONCLUSIONS);
      await act(audit, 'holdClosingMeeting', as.lead, { ...CLOSING_MINUTES, divergingOpinions: ['Auditee disputes the grading'] });

      expect(audit.state.phase).toBe('reporting');
      const closing = audit.state.meetings.find((meeting) => meeting.kind === 'closing')!;
      expect(closing).toMatchObject({ status: 'held', held: { divergingOpinions: ['Auditee disputes the grading'] } });
      const issue = activeTask(audit.state, 'issue-report');
      expect(issue).toMatchObject({ assignee: P.teamLeader.email, dueAt: audit.state.reportDueAt });
      expect(Date.parse(audit.state.reportDueAt!) - Date.parse(issue.createdAt)).toBe(14 * DAY);
      expect(activeTasks(audit.state, 'attend-meeting')).toEqual([]);
    });
  });
});
