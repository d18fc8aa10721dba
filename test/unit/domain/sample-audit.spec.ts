import { runSampleAudit } from '@auditflow/samples';
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
