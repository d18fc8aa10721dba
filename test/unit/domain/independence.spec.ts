import { auditedByLaunch, AuditState, DEFAULT_AUDIT_SETTINGS, startAudit, auditLaunchSchema, checkTeam, independenceConflict, ISMS_COMPETENCE_AREAS, teamGaps } from '@auditflow/domain';
import { sampleLaunch } from '@auditflow/samples';
import { act, auditInPreparing, refuse, START } from './support/audit-driver';
import { as, expectRejection, P } from './support/fixtures';

const PROGRAMME = '11111111-1111-4111-8111-111111111111';
const launch = sampleLaunch(PROGRAMME, START);
const audited = auditedByLaunch(launch);

describe('independence: one rule for the launch, the team check, work assignment and replacements', () => {
  it('bars a member of an audited unit, whether they declare it or the pool records it, in any letter case', () => {
    expect(independenceConflict({ role: 'auditor', units: ['it operations'] }, audited)).toMatchObject({ field: 'unit' });
    expect(independenceConflict({ role: 'auditor', units: [undefined, launch.auditee.unit] }, audited)?.reason).toContain('may not audit their own unit');
    expect(independenceConflict({ role: 'auditor', units: ['Risk Office'] }, audited)).toBeUndefined();
  });

  it('bars own work in scope within the cooling-off, and lets older or unrelated work pass', () => {
    const recent = { subject: 'change management', from: '2024-01-01', to: '2025-12-31' };
    expect(independenceConflict({ role: 'auditor', units: [], ownWork: [recent] }, audited)).toMatchObject({ field: 'ownWork' });
    expect(independenceConflict({ role: 'auditor', units: [], ownWork: [{ subject: 'Change management', from: '2020-01-01' }] }, audited)).toMatchObject({ field: 'ownWork' });
    expect(independenceConflict({ role: 'auditor', units: [], ownWork: [{ subject: 'Change management', from: '2019-01-01', to: '2024-01-01' }] }, audited)).toBeUndefined();
    expect(independenceConflict({ role: 'auditor', units: [], ownWork: [{ subject: 'Payroll', from: '2025-01-01' }] }, audited)).toBeUndefined();
  });

  it('does not apply to observers, who accompany the team but do not audit', () => {
    expect(independenceConflict({ role: 'observer', units: [launch.auditee.unit], ownWork: [{ subject: 'Change management', from: '2025-01-01' }] }, audited)).toBeUndefined();
  });

  it('refuses a launch whose member declares own work in scope, naming the field', () => {
    const team = [...launch.team, { email: 'builder@auditflow.example', name: 'Bo Builder', role: 'auditor' as const, ownWork: [{ subject: 'Access management', from: '2025-06-01' }] }];
    const parsed = auditLaunchSchema.safeParse({ ...launch, team });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['team', 3, 'ownWork'] });
    expect(parsed.error!.issues[0]!.message).toContain('may not audit their own work');
  });

  it('refuses assigning a control to the auditor who operated it, through the workflow’s own step', async () => {
    const audit = await auditInPreparing();
    await act(audit, 'addChecklistItems', as.lead, { items: [{ clause: 'A.8.15', question: 'Are logs produced and kept?', expectedEvidence: 'Log configuration', method: 'test' }] });
    const operator = { ...audit.state.team.find((member) => member.email === P.auditor.email)!, unit: 'Risk Office', ownWork: [{ subject: 'A.8.15', from: '2026-01-01' }] };
    const state: AuditState = { ...audit.state, team: audit.state.team.map((member) => (member.email === operator.email ? operator : member)) };
    const rejection = refuse(audit, 'assignWork', as.lead, { assignments: [{ auditor: operator.email, area: 'Logging', unit: 'Platform', checklistItemIds: ['C-1'] }] }, state);
    expectRejection(rejection, 'invalid', 'A.8.15', 'assignments.0.auditor');
    // Without that declaration, the same assignment goes through.
    await act(audit, 'assignWork', as.lead, { assignments: [{ auditor: operator.email, area: 'Logging', unit: 'Platform', checklistItemIds: ['C-1'] }] });
    expect(audit.state.assignments).toHaveLength(1);
  });
});

describe('team gaps that need a justification', () => {
  const everyArea = [...ISMS_COMPETENCE_AREAS];

  it('are none for a pooled team that covers every area under a qualified leader', () => {
    const check = checkTeam([{ email: 'lead@x', units: [], competences: everyArea, teamLeaderQualified: true, leader: true }], audited);
    expect(teamGaps({ ...check, unknown: [] })).toEqual([]);
  });

  it('name the missing areas, an unqualified leader and members outside the pool', () => {
    const check = checkTeam([{ email: 'lead@x', units: [], competences: ['audit-methods'], teamLeaderQualified: false, leader: true }], audited);
    const gaps = teamGaps({ ...check, unknown: ['stranger@x'] });
    expect(gaps.map((gap) => gap.gap)).toEqual(['missingCompetence', 'leaderNotQualified', 'outsidePool']);
    expect(gaps[0]!.detail).toContain('information-security-law');
    expect(gaps[2]!.detail).toContain('stranger@x');
  });

  it('are recorded on the timeline when the audit starts with them justified', () => {
    const parsed = auditLaunchSchema.parse({ ...launch, gapJustification: { outsidePool: 'External specialist under contract' } });
    const definition = { ...parsed, auditId: 'a1', programmeManager: P.programmeManager, complianceLead: P.complianceLead };
    const { events } = startAudit(definition, DEFAULT_AUDIT_SETTINGS, new Date(START).toISOString());
    expect(events.find((event) => event.type === 'team.gaps-justified')).toMatchObject({ summary: expect.stringContaining('outsidePool: External specialist under contract') });
    expect(startAudit({ ...definition, gapJustification: undefined }, DEFAULT_AUDIT_SETTINGS, new Date(START).toISOString()).events.map((event) => event.type)).not.toContain('team.gaps-justified');
  });
});
