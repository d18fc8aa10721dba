import { AuditSettings, DEFAULT_AUDIT_SETTINGS } from '@auditflow/domain';
import { InMemoryAudit } from '../../support/in-memory-audit';
import { act, activeTasks, auditInConducting, refuse } from './support/audit-driver';
import { as, expectRejection, P } from './support/fixtures';

const TRAINEE = { email: 'trainee@auditflow.example', name: 'Tia Trainee', role: 'auditor-in-training' as const, unit: 'Internal Audit' };
const asTrainee = { email: TRAINEE.email, role: 'auditor-in-training' as const };
const EVIDENCE = { checklistItemId: 'C-1', kind: 'document', description: 'Access review records for Q1 only' };

async function withTrainee(settings?: AuditSettings): Promise<InMemoryAudit> {
  const audit = await auditInConducting(settings);
  audit.state = { ...audit.state, team: [...audit.state.team, TRAINEE] };
  return audit;
}

describe('evidence of an auditor in training (6.4.7)', () => {
  it('names a supervising auditor, who is asked to confirm it; until then no finding cites it', async () => {
    const audit = await withTrainee();
    await act(audit, 'recordEvidence', asTrainee, { ...EVIDENCE, supervisor: P.auditor.email });
    const [evidence] = audit.state.evidence;
    expect(evidence).toMatchObject({ recordedBy: TRAINEE.email, supervisor: P.auditor.email });
    expect(activeTasks(audit.state, 'confirm-evidence')).toEqual([expect.objectContaining({ assignee: P.auditor.email, role: 'auditor', subjectId: evidence!.id })]);

    const finding = { grade: 'minor-nonconformity', criterion: 'A.5.18', statement: 'Reviews are not quarterly', evidenceIds: [evidence!.id] };
    expectRejection(refuse(audit, 'recordFinding', as.auditor, finding), 'invalid', 'not confirmed yet', 'evidenceIds.0');
    expectRejection(refuse(audit, 'confirmEvidence', as.lead, { evidenceId: evidence!.id }), 'forbidden', `only ${P.auditor.email}`);

    await act(audit, 'confirmEvidence', as.auditor, { evidenceId: evidence!.id, note: 'Checked the records with the trainee' });
    expect(audit.state.evidence[0]!.confirmation).toMatchObject({ by: P.auditor.email, note: 'Checked the records with the trainee' });
    expect(activeTasks(audit.state, 'confirm-evidence')).toEqual([]);
    await act(audit, 'recordFinding', as.auditor, finding);
    expect(audit.state.findings).toHaveLength(1);
    expectRejection(refuse(audit, 'confirmEvidence', as.auditor, { evidenceId: evidence!.id }), 'conflict', 'already confirmed');
  });

  it('refuses trainee evidence without a supervisor, or with one who is not an auditor of the team', async () => {
    const audit = await withTrainee();
    expectRejection(refuse(audit, 'recordEvidence', asTrainee, EVIDENCE), 'invalid', 'is required', 'supervisor');
    expectRejection(refuse(audit, 'recordEvidence', asTrainee, { ...EVIDENCE, supervisor: 'stranger@example.org' }), 'invalid', 'not an auditor', 'supervisor');
    expectRejection(refuse(audit, 'recordEvidence', asTrainee, { ...EVIDENCE, supervisor: TRAINEE.email }), 'invalid', 'not an auditor', 'supervisor');
    expectRejection(refuse(audit, 'recordEvidence', as.auditor, { ...EVIDENCE, supervisor: P.teamLeader.email }), 'invalid', 'only for evidence recorded by an auditor in training', 'supervisor');
  });

  it('leaves audits launched before the rule recording trainee evidence as they did', async () => {
    const { traineeEvidenceSupervised: _rule, ...before }: AuditSettings = DEFAULT_AUDIT_SETTINGS;
    const audit = await withTrainee(before);
    await act(audit, 'recordEvidence', asTrainee, EVIDENCE);
    expect(audit.state.evidence[0]!.supervisor).toBeUndefined();
    expect(activeTasks(audit.state, 'confirm-evidence')).toEqual([]);
  });
});
