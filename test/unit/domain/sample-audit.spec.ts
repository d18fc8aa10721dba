import { runSampleAudit, runSampleAuditToFollowUp } from '@auditflow/samples';
import { InMemoryAudit } from '../../support/in-memory-audit';

describe('the sample audit through the pure rules', () => {
  it('goes from initiating to closed through every step, with a returned plan and a failed effectiveness check', async () => {
    const audit = new InMemoryAudit();
    const { major, minor } = await runSampleAudit(audit, () => undefined, Date.parse('2027-01-04T08:00:00Z'));

    expect(audit.state.phase).toBe('closed');
    expect(audit.state.followUps.map((followUp) => followUp.state)).toEqual(['closed', 'closed']);
    expect(audit.followUps.get(major)?.round).toBe(2);
    expect(audit.followUps.get(major)?.verifications.map((verification) => verification.effective)).toEqual([false, true]);
    expect(audit.followUps.get(minor)?.plans).toHaveLength(1);
    expect(audit.state.plans.map((plan) => plan.status)).toEqual(['objected', 'accepted']);
    expect(audit.state.team.map((member) => member.email)).toContain('replacement@auditflow.example');
    expect(audit.state.tasks.filter((task) => task.state === 'open' || task.state === 'overdue')).toEqual([]);
    const phases = audit.timeline.filter((event) => event.type === 'phase.entered').map((event) => event.data?.to);
    expect(phases).toEqual(['preparing', 'conducting', 'reporting', 'completing', 'following-up', 'closed']);
  });
});

describe('the sample audit up to its follow-up, with extra nonconformities', () => {
  it('completes the audit and opens a follow-up for each nonconformity, the extra ones included', async () => {
    const audit = new InMemoryAudit();
    const { major, minor, extra } = await runSampleAuditToFollowUp(audit, { now: Date.parse('2027-01-04T08:00:00Z'), extraNonconformities: 3 });

    expect(audit.state.phase).toBe('following-up');
    expect(extra).toHaveLength(3);
    expect(new Set([major, minor, ...extra]).size).toBe(5);
    expect(audit.state.followUps.map((followUp) => followUp.findingId).sort()).toEqual([major, minor, ...extra].sort());
    expect(audit.state.followUps.every((followUp) => followUp.state !== 'closed')).toBe(true);
  });
});
