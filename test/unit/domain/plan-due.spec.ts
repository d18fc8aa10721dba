import { AuditSettings, DEFAULT_AUDIT_SETTINGS } from '@auditflow/domain';
import { activeTask, auditInPreparing } from './support/audit-driver';

const DAY = 86_400_000;

describe('the audit plan is due before fieldwork (6.3.2)', () => {
  it('no later than planDueBeforeFieldwork before the planned start, when that comes before planIssueWithin', async () => {
    const audit = await auditInPreparing();
    const plannedStart = Date.parse(audit.state.definition.plannedStart);
    const task = activeTask(audit.state, 'issue-plan');
    expect(Date.parse(task.dueAt)).toBe(plannedStart - 5 * DAY);
    expect(Date.parse(task.dueAt)).toBeLessThan(Date.parse(task.createdAt) + 14 * DAY);
  });

  it('planIssueWithin after preparing starts, when that comes first', async () => {
    const audit = await auditInPreparing({ ...DEFAULT_AUDIT_SETTINGS, planIssueWithin: 'P2D' });
    const task = activeTask(audit.state, 'issue-plan');
    expect(Date.parse(task.dueAt) - Date.parse(task.createdAt)).toBe(2 * DAY);
  });

  it('at once, not in the past, when fieldwork is nearer than the setting', async () => {
    const audit = await auditInPreparing({ ...DEFAULT_AUDIT_SETTINGS, planDueBeforeFieldwork: 'P30D' });
    const task = activeTask(audit.state, 'issue-plan');
    expect(task.dueAt).toBe(task.createdAt);
  });

  it('only after preparing starts in audits launched without the setting', async () => {
    const { planDueBeforeFieldwork: _setting, ...before }: AuditSettings = DEFAULT_AUDIT_SETTINGS;
    const audit = await auditInPreparing(before);
    const task = activeTask(audit.state, 'issue-plan');
    expect(Date.parse(task.dueAt) - Date.parse(task.createdAt)).toBe(14 * DAY);
  });
});
