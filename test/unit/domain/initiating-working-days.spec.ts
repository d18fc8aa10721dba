import { AuditSettings, DEFAULT_AUDIT_SETTINGS, durationToMs } from '@auditflow/domain';
import { launchSettings } from '@auditflow/domain/launch-calendar';
import { act, activeTask, auditInPreparing, newAudit, refuse, START } from './support/audit-driver';
import { as, expectRejection, iso, P } from './support/fixtures';

// The sample audit starts on Monday 4 January 2027 at 09:00 in Berlin; Wednesday 6 January is Epiphany in Bavaria.
const BAVARIA = { country: 'DE', subdivision: 'BY', timeZone: 'Europe/Berlin' };
const ACK = { channels: ['e-mail'], confidentialityAgreed: true };
const ALTERNATIVE = { plannedStart: '2027-04-05T08:00:00Z', plannedEnd: '2027-04-07T17:00:00Z', note: 'After the migration freeze' };

let bavarian: AuditSettings;
beforeAll(() => {
  bavarian = launchSettings(
    {
      objectionResolutionWithin: '2 working days',
      feasibilityDecisionWithin: '3 working days',
      alternativeDecisionWithin: '1 working day',
      workingCalendar: { ...BAVARIA, personTimeZones: { [P.programmeManager.email]: 'Pacific/Auckland' } },
    },
    'IT Operations',
    iso(START),
  );
});

describe('deadlines of the initiating steps in working days', () => {
  it('give an objection’s resolution its working days in the programme manager’s zone, and the feasibility decision its own', async () => {
    const audit = newAudit(bavarian);
    await act(audit, 'acknowledgeContact', as.rep, { ...ACK, objections: [{ memberEmail: P.auditor.email, reason: 'Was our consultant' }] });
    // Asked at 21:00 on Monday 4 January in Auckland (UTC+13): Tue 5, (Epiphany in Bavaria), Thu 7, ending there.
    expect(activeTask(audit.state, 'resolve-objection').dueAt).toBe('2027-01-07T10:59:59.999Z');

    await act(audit, 'resolveObjection', as.pm, { memberEmail: P.auditor.email, outcome: 'dismissed', note: 'Consulting ended three years ago' });
    // The team leader works in Berlin (UTC+1): Tue 5, (Epiphany), Thu 7, Fri 8.
    expect(activeTask(audit.state, 'decide-feasibility').dueAt).toBe('2027-01-08T22:59:59.999Z');
  });

  it('give the decision on an alternative its working day', async () => {
    const audit = newAudit(bavarian);
    await act(audit, 'acknowledgeContact', as.rep, ACK);
    await act(audit, 'decideFeasibility', as.lead, { feasible: false, reason: 'Key staff away', alternative: ALTERNATIVE });
    // The end of Tuesday 5 January in Auckland.
    expect(activeTask(audit.state, 'decide-alternative').dueAt).toBe('2027-01-05T10:59:59.999Z');
  });

  it('keep elapsed time in an audit without a calendar, exactly as audits launched before count it', async () => {
    const audit = newAudit(DEFAULT_AUDIT_SETTINGS);
    await act(audit, 'acknowledgeContact', as.rep, { ...ACK, objections: [{ memberEmail: P.auditor.email, reason: 'Was our consultant' }] });
    const resolve = activeTask(audit.state, 'resolve-objection');
    expect(Date.parse(resolve.dueAt) - Date.parse(resolve.createdAt)).toBe(durationToMs(DEFAULT_AUDIT_SETTINGS.objectionResolutionWithin));
    await act(audit, 'resolveObjection', as.pm, { memberEmail: P.auditor.email, outcome: 'dismissed', note: 'Consulting ended three years ago' });
    const feasibility = activeTask(audit.state, 'decide-feasibility');
    expect(Date.parse(feasibility.dueAt) - Date.parse(feasibility.createdAt)).toBe(durationToMs(DEFAULT_AUDIT_SETTINGS.feasibilityDecisionWithin));
  });
});

describe('a document request due within working days', () => {
  it('is due at the end of the last working day in the representative’s zone', async () => {
    const audit = await auditInPreparing(bavarian);
    await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'SoA' }], dueWithin: '5 working days' });
    // Tue 5, (Epiphany), Thu 7, Fri 8, Mon 11, Tue 12 January, in Berlin.
    expect(activeTask(audit.state, 'supply-documents').dueAt).toBe('2027-01-12T22:59:59.999Z');
    expect(audit.state.documents[0]!.dueAt).toBe('2027-01-12T22:59:59.999Z');
  });

  it('still takes ISO 8601, and refuses anything else naming dueWithin', async () => {
    const audit = await auditInPreparing(bavarian);
    await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'SoA' }], dueWithin: 'P3D' });
    const task = activeTask(audit.state, 'supply-documents');
    expect(Date.parse(task.dueAt) - Date.parse(task.createdAt)).toBe(3 * 86_400_000);
    for (const dueWithin of ['5 business days', '0 working days', 'ten working days']) {
      expectRejection(refuse(audit, 'requestDocuments', as.lead, { documents: [{ name: 'Policy' }], dueWithin }), 'invalid', 'working days', 'dueWithin');
    }
  });
});
