import { AuditSettings, DEFAULT_AUDIT_SETTINGS, resolveCriterion } from '@auditflow/domain';
import { act, auditInConducting, auditInPreparing, refuse } from './support/audit-driver';
import { as, expectRejection } from './support/fixtures';

const POLICY = { id: 'POL-AC-3', title: 'Access control policy v3, section 3' };

async function recordFinding(settings: AuditSettings, criterion: string) {
  const audit = await auditInConducting(settings);
  return { audit, payload: { grade: 'observation', criterion, statement: 'Retention is close to the minimum' } };
}

describe('criteria from the reference data (6.3.4)', () => {
  it('resolve ISO/IEC 27001:2022 clauses, Annex A controls and the organisation’s own criteria by id, in any letter case', () => {
    expect(resolveCriterion('9.2')).toMatchObject({ id: '9.2', source: 'ISO/IEC 27001:2022 clause' });
    expect(resolveCriterion(' a.8.15 ')).toMatchObject({ id: 'A.8.15', title: 'Logging', source: 'ISO/IEC 27001:2022 Annex A' });
    expect(resolveCriterion('pol-ac-3', [POLICY])).toMatchObject({ id: 'POL-AC-3', source: 'organisation' });
    expect(resolveCriterion('A.8.35')).toBeUndefined();
    expect(resolveCriterion('Access control policy')).toBeUndefined();
  });

  it('a finding cites one by its canonical id, and anything else is refused naming the rule', async () => {
    const settings = { ...DEFAULT_AUDIT_SETTINGS, organisationCriteria: [POLICY] };
    const { audit, payload } = await recordFinding(settings, 'a.8.15');
    await act(audit, 'recordFinding', as.auditor, payload);
    await act(audit, 'recordFinding', as.auditor, { ...payload, criterion: 'pol-ac-3' });
    expect(audit.state.findings.map((finding) => finding.criterion)).toEqual(['A.8.15', 'POL-AC-3']);
    expectRejection(refuse(audit, 'recordFinding', as.auditor, { ...payload, criterion: 'our logging rules' }), 'invalid', "or one of the programme's own criteria (POL-AC-3)", 'criterion');
  });

  it('stay free text in audits launched before the rule', async () => {
    const { criteriaFromReference: _rule, ...before }: AuditSettings = DEFAULT_AUDIT_SETTINGS;
    const { audit, payload } = await recordFinding(before, 'our logging rules');
    await act(audit, 'recordFinding', as.auditor, payload);
    expect(audit.state.findings[0]!.criterion).toBe('our logging rules');
  });
});

describe('Statement of Applicability exclusions (ISO/IEC 27001:2022 6.1.3 d)', () => {
  const generate = (excludedControls: unknown[]) => ({ generate: { standard: 'ISO/IEC 27001:2022', clauses: [], controls: ['A.7.1', 'A.7.2'], excludedControls } });

  it('carry their justification, kept on the timeline, and leave the control out of the checklist', async () => {
    const audit = await auditInPreparing();
    const events = await act(audit, 'addChecklistItems', as.lead, generate([{ control: 'A.7.1', justification: 'No physical premises: fully remote organisation' }]));
    expect(audit.state.checklist.map((item) => item.clause)).toEqual(['A.7.2']);
    expect(events.find((event) => event.type === 'checklist.soa-exclusions')?.summary).toContain('A.7.1 (No physical premises');
  });

  it('are refused without one, naming the item', async () => {
    const audit = await auditInPreparing();
    expectRejection(refuse(audit, 'addChecklistItems', as.lead, generate(['A.7.1'])), 'invalid', 'carries its justification', 'generate.excludedControls.0');
  });

  it('may be bare in audits launched before the rule', async () => {
    const { criteriaFromReference: _rule, ...before }: AuditSettings = DEFAULT_AUDIT_SETTINGS;
    const audit = await auditInPreparing(before);
    await act(audit, 'addChecklistItems', as.lead, generate(['A.7.1']));
    expect(audit.state.checklist.map((item) => item.clause)).toEqual(['A.7.2']);
  });
});
