import { ESCALATION_TARGETS, resolveTarget, resolveTargets, TaskPeople } from '@auditflow/domain';
import { makeTask } from './support/fixtures';

const people: TaskPeople = {
  programmeManager: 'pm@auditflow.example',
  complianceLead: 'compliance@auditflow.example',
  teamLeader: 'lead@auditflow.example',
  auditeeManager: 'manager@auditee.example',
};

const auditeeTask = makeTask({ assignee: 'rep@auditee.example', role: 'auditee-representative' });
const delegateTask = makeTask({ assignee: 'deputy@auditee.example', role: 'auditee-representative' });
const auditorTask = makeTask({ assignee: 'auditor@auditflow.example', role: 'auditor' });
const traineeTask = makeTask({ assignee: 'trainee@auditflow.example', role: 'auditor-in-training' });
const leaderTask = makeTask({ assignee: people.teamLeader, role: 'team-leader' });
// A follow-up verification reassigned to the team leader keeps its auditor role.
const leaderAsAuditorTask = makeTask({ assignee: people.teamLeader, role: 'auditor' });

describe('escalation targets', () => {
  describe('assignee-manager', () => {
    it.each([
      ['an auditee task', auditeeTask, people.auditeeManager],
      ["an auditee delegate's task", delegateTask, people.auditeeManager],
      ["an auditor's task", auditorTask, people.teamLeader],
      ["a trainee's task", traineeTask, people.teamLeader],
      ["the team leader's own task", leaderTask, people.programmeManager],
      ['a task the team leader does as auditor', leaderAsAuditorTask, people.programmeManager],
    ])('for %s is %s', (_label, task, expected) => {
      expect(resolveTarget('assignee-manager', task, people)).toBe(expected);
    });
  });

  it('resolves the fixed targets to the people of the audit', () => {
    expect(resolveTarget('assignee', auditorTask, people)).toBe('auditor@auditflow.example');
    expect(resolveTarget('team-leader', auditeeTask, people)).toBe(people.teamLeader);
    expect(resolveTarget('programme-manager', auditeeTask, people)).toBe(people.programmeManager);
    expect(resolveTarget('compliance-lead', auditeeTask, people)).toBe(people.complianceLead);
  });

  it('resolves every target the settings allow to an address', () => {
    for (const target of ESCALATION_TARGETS) expect(resolveTarget(target, auditorTask, people)).toMatch(/@/);
  });

  it('lists each person once, in the order of the targets', () => {
    expect(resolveTargets(['assignee', 'team-leader', 'assignee-manager'], leaderTask, people)).toEqual([people.teamLeader, people.programmeManager]);
    expect(resolveTargets(['compliance-lead', 'assignee'], auditeeTask, people)).toEqual([people.complianceLead, 'rep@auditee.example']);
    expect(resolveTargets([], auditeeTask, people)).toEqual([]);
  });
});
