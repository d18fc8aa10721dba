import { act, activeTask, auditInConducting, auditInReporting, tickAt } from './support/audit-driver';
import { as, P } from './support/fixtures';

describe('people told at once', () => {
  it('a change of scope goes to the auditee and the audit client with its reason (6.4.4)', async () => {
    const audit = await auditInConducting();
    const scope = { units: ['IT Operations'], sites: ['Main data centre'], processes: ['Access management'] };
    const events = await act(audit, 'changeScope', as.lead, { scope, reason: 'The change management tool is being replaced' });
    const changed = events.find((event) => event.type === 'scope.changed')!;
    expect(changed.notify).toEqual([
      expect.objectContaining({
        kind: 'scope-changed',
        to: [P.auditeeRepresentative.email, P.auditeeManager.email, P.programmeManager.email],
        data: expect.objectContaining({ reason: 'The change management tool is being replaced', processes: 'Access management' }),
      }),
    ]);
    const again = await act(audit, 'changeScope', as.lead, { scope, reason: 'Back to the plan' });
    expect(again.find((event) => event.type === 'scope.changed')!.notify![0]!.key).not.toBe(changed.notify![0]!.key);
  });

  it('the report’s due date passing unissued goes to the auditee and the programme manager, once (6.5)', async () => {
    const audit = await auditInReporting({ nonconformity: false });
    const due = Date.parse(activeTask(audit.state, 'issue-report').dueAt);
    expect(tickAt(audit, due - 1000).map((event) => event.type)).not.toContain('report.overdue');

    const events = tickAt(audit, due + 1);
    const overdue = events.find((event) => event.type === 'report.overdue');
    expect(overdue?.notify).toEqual([expect.objectContaining({ kind: 'report-overdue', to: [P.auditeeRepresentative.email, P.programmeManager.email] })]);
    expect(overdue?.subjectId).toBeUndefined();
    // Later escalations of the same task do not tell them again.
    expect(tickAt(audit, due + 8 * 86_400_000).map((event) => event.type)).toContain('task.escalated');
    expect(audit.timeline.filter((event) => event.type === 'report.overdue')).toHaveLength(1);
  });
});
