import { performAuditAction } from '@auditflow/domain';
import { InMemoryAudit } from '../../support/in-memory-audit';
import { act, activeTask, activeTasks, auditInPreparing, newAudit, refuse } from './support/audit-driver';
import { as, eventTypes, expectRejection, intents, P } from './support/fixtures';

const ACK = { channels: ['e-mail', 'video'], confidentialityAgreed: true };
const ALTERNATIVE = { plannedStart: '2027-04-05T08:00:00Z', plannedEnd: '2027-04-07T17:00:00Z', note: 'After the migration freeze' };

async function acknowledged(objections: { memberEmail: string; reason: string }[] = []): Promise<InMemoryAudit> {
  const audit = newAudit();
  await act(audit, 'acknowledgeContact', as.rep, { ...ACK, objections });
  return audit;
}

function everyone() {
  return [P.auditeeRepresentative.email, P.programmeManager.email, P.teamLeader.email, P.auditor.email, P.secondAuditor.email];
}

describe('initiating the audit (6.2)', () => {
  describe('contact', () => {
    it('is acknowledged by the auditee, which closes its task and asks the team leader to decide feasibility', async () => {
      const audit = await acknowledged();
      expect(audit.state.contact).toMatchObject({ acknowledgedBy: P.auditeeRepresentative.email, channels: ['e-mail', 'video'], confidentialityAgreed: true });
      expect(audit.state.tasks.find((task) => task.kind === 'acknowledge-contact')?.state).toBe('done');
      expect(activeTask(audit.state, 'decide-feasibility')).toMatchObject({ assignee: P.teamLeader.email, role: 'team-leader' });
    });

    it('is acknowledged once', async () => {
      const audit = await acknowledged();
      expectRejection(refuse(audit, 'acknowledgeContact', as.rep, ACK), 'conflict', 'already been acknowledged');
    });

    it('may object only to members of the audit team', () => {
      const rejection = refuse(newAudit(), 'acknowledgeContact', as.rep, { ...ACK, objections: [{ memberEmail: 'someone@else.example', reason: 'Unknown' }] });
      expectRejection(rejection, 'invalid', 'is not on the audit team', 'objections.0.memberEmail');
    });

    it('with objections, asks the programme manager to resolve each one and holds back the feasibility decision', async () => {
      const audit = await acknowledged([
        { memberEmail: P.auditor.email, reason: 'Was our consultant' },
        { memberEmail: P.secondAuditor.email, reason: 'Former employee' },
      ]);
      const resolve = activeTasks(audit.state, 'resolve-objection');
      expect(resolve.map((task) => [task.assignee, task.subjectId])).toEqual([
        [P.programmeManager.email, P.auditor.email],
        [P.programmeManager.email, P.secondAuditor.email],
      ]);
      expect(activeTasks(audit.state, 'decide-feasibility')).toEqual([]);
    });
  });

  describe('objections', () => {
    it('must all be resolved before feasibility is decided', async () => {
      const audit = await acknowledged([
        { memberEmail: P.auditor.email, reason: 'Was our consultant' },
        { memberEmail: P.secondAuditor.email, reason: 'Former employee' },
      ]);
      expectRejection(refuse(audit, 'decideFeasibility', as.lead, { feasible: true, reason: 'Fine' }), 'conflict', 'objections to team members are still open');

      await act(audit, 'resolveObjection', as.pm, { memberEmail: P.auditor.email, outcome: 'dismissed', note: 'Consulting ended three years ago' });
      expect(activeTasks(audit.state, 'decide-feasibility')).toEqual([]);
      expectRejection(refuse(audit, 'decideFeasibility', as.lead, { feasible: true, reason: 'Fine' }), 'conflict', 'still open');

      await act(audit, 'resolveObjection', as.pm, { memberEmail: P.secondAuditor.email, outcome: 'dismissed', note: 'Left eight years ago' });
      expect(activeTasks(audit.state, 'resolve-objection')).toEqual([]);
      activeTask(audit.state, 'decide-feasibility');
      await act(audit, 'decideFeasibility', as.lead, { feasible: true, reason: 'Fine' });
      expect(audit.state.phase).toBe('preparing');
    });

    it('resolved by replacement swaps the member and records the resolution', async () => {
      const audit = await acknowledged([{ memberEmail: P.secondAuditor.email, reason: 'Was our consultant' }]);
      await act(audit, 'resolveObjection', as.pm, { memberEmail: P.secondAuditor.email, outcome: 'replaced', note: 'Independence', replacement: { ...P.replacementAuditor, role: 'auditor' } });

      expect(audit.state.team.map((member) => member.email)).toEqual([P.teamLeader.email, P.auditor.email, P.replacementAuditor.email]);
      expect(audit.state.objections[0]!.resolution).toMatchObject({ outcome: 'replaced', replacement: P.replacementAuditor.email, by: P.programmeManager.email });
    });

    it.each([
      ['without a replacement', { outcome: 'replaced', note: 'x' }, 'replacement'],
      ['by someone already on the team', { outcome: 'replaced', note: 'x', replacement: { ...P.auditor, role: 'auditor' } }, 'replacement.email'],
      ['by someone from the audited unit', { outcome: 'replaced', note: 'x', replacement: { ...P.replacementAuditor, unit: 'IT Operations', role: 'auditor' } }, 'replacement.unit'],
    ])('refuses a replacement %s', async (_label, resolution, field) => {
      const audit = await acknowledged([{ memberEmail: P.secondAuditor.email, reason: 'Was our consultant' }]);
      expectRejection(refuse(audit, 'resolveObjection', as.pm, { memberEmail: P.secondAuditor.email, ...resolution }), 'invalid', undefined, field);
    });

    it('keeps exactly one team leader: a replacement takes over the leadership role of the member replaced, or none', async () => {
      const leaderObjected = await acknowledged([{ memberEmail: P.teamLeader.email, reason: 'Audited us last year' }]);
      const asAuditor = refuse(leaderObjected, 'resolveObjection', as.pm, { memberEmail: P.teamLeader.email, outcome: 'replaced', note: 'x', replacement: { ...P.replacementAuditor, role: 'auditor' } });
      expectRejection(asAuditor, 'invalid', undefined, 'replacement.role');

      const auditorObjected = await acknowledged([{ memberEmail: P.auditor.email, reason: 'Was our consultant' }]);
      const asLeader = refuse(auditorObjected, 'resolveObjection', as.pm, { memberEmail: P.auditor.email, outcome: 'replaced', note: 'x', replacement: { ...P.replacementAuditor, role: 'team-leader' } });
      expectRejection(asLeader, 'invalid', undefined, 'replacement.role');

      await act(leaderObjected, 'resolveObjection', as.pm, { memberEmail: P.teamLeader.email, outcome: 'replaced', note: 'x', replacement: { ...P.replacementAuditor, role: 'team-leader' } });
      expect(activeTask(leaderObjected.state, 'decide-feasibility').assignee).toBe(P.replacementAuditor.email);
    });

    it('cannot be resolved twice or when none was raised', async () => {
      const audit = await acknowledged([{ memberEmail: P.auditor.email, reason: 'Was our consultant' }]);
      await act(audit, 'resolveObjection', as.pm, { memberEmail: P.auditor.email, outcome: 'dismissed', note: 'Fine' });
      expectRejection(refuse(audit, 'resolveObjection', as.pm, { memberEmail: P.auditor.email, outcome: 'dismissed', note: 'Fine' }), 'not-found', `no open objection to ${P.auditor.email}`);
    });
  });

  describe('feasibility', () => {
    it('cannot be decided before the contact is acknowledged', () => {
      expectRejection(refuse(newAudit(), 'decideFeasibility', as.lead, { feasible: true, reason: 'Fine' }), 'conflict', 'has not acknowledged');
    });

    it('when feasible, moves to preparing and asks the team leader for the plan', async () => {
      const audit = await auditInPreparing();
      expect(audit.state.phase).toBe('preparing');
      expect(audit.state.feasibility).toMatchObject({ feasible: true, decidedBy: P.teamLeader.email });
      expect(activeTask(audit.state, 'issue-plan').assignee).toBe(P.teamLeader.email);
      expect(activeTasks(audit.state, 'decide-feasibility')).toEqual([]);
    });

    it('when not feasible and no alternative is proposed, cancels the audit with the reason and tells everyone', async () => {
      const audit = await acknowledged();
      const events = await act(audit, 'decideFeasibility', as.lead, { feasible: false, reason: 'The data centre is being moved' });

      expect(audit.state.phase).toBe('cancelled');
      expect(audit.state.cancellation).toMatchObject({ reason: 'not feasible: The data centre is being moved', by: P.teamLeader.email });
      expect(activeTasks(audit.state)).toEqual([]);
      expect(eventTypes(events)).toEqual(expect.arrayContaining(['feasibility.decided', 'phase.entered', 'audit.cancelled']));
      const notice = intents(events).find((intent) => intent.kind === 'audit-cancelled')!;
      expect(notice).toMatchObject({ key: 'audit-cancelled', data: { reason: 'not feasible: The data centre is being moved' } });
      expect([...notice.to].sort()).toEqual(everyone().sort());
    });

    it('when not feasible with an alternative, asks the programme manager to decide on it', async () => {
      const audit = await acknowledged();
      await act(audit, 'decideFeasibility', as.lead, { feasible: false, reason: 'Key staff away', alternative: ALTERNATIVE });

      expect(audit.state.phase).toBe('initiating');
      expect(activeTask(audit.state, 'decide-alternative')).toMatchObject({ assignee: P.programmeManager.email, role: 'programme-manager' });
      expectRejection(refuse(audit, 'decideFeasibility', as.lead, { feasible: true, reason: 'Changed my mind' }), 'conflict', 'already awaiting the client');
    });

    it('an accepted alternative moves to preparing with the new dates, keeping what it does not change', async () => {
      const audit = await acknowledged();
      const scope = audit.state.definition.scope;
      await act(audit, 'decideFeasibility', as.lead, { feasible: false, reason: 'Key staff away', alternative: ALTERNATIVE });
      await act(audit, 'decideAlternative', as.pm, { accept: true, note: 'Agreed with the client' });

      expect(audit.state.phase).toBe('preparing');
      expect(audit.state.definition).toMatchObject({ plannedStart: ALTERNATIVE.plannedStart, plannedEnd: ALTERNATIVE.plannedEnd, scope });
      expect(audit.state.feasibility?.alternativeOutcome).toMatchObject({ accepted: true, by: P.programmeManager.email });
      expect(audit.state.tasks.find((task) => task.kind === 'decide-alternative')?.state).toBe('done');
      activeTask(audit.state, 'issue-plan');
    });

    it('an alternative scope replaces the scope', async () => {
      const audit = await acknowledged();
      const scope = { units: ['IT Operations'], sites: ['Branch office'], processes: ['Backup'] };
      await act(audit, 'decideFeasibility', as.lead, { feasible: false, reason: 'Data centre closed', alternative: { scope, note: 'Audit the branch' } });
      await act(audit, 'decideAlternative', as.pm, { accept: true, note: 'Fine' });
      expect(audit.state.definition.scope).toEqual(scope);
    });

    it('a refused alternative cancels the audit', async () => {
      const audit = await acknowledged();
      await act(audit, 'decideFeasibility', as.lead, { feasible: false, reason: 'Key staff away', alternative: ALTERNATIVE });
      await act(audit, 'decideAlternative', as.pm, { accept: false, note: 'Too late for the certification' });

      expect(audit.state.phase).toBe('cancelled');
      expect(audit.state.cancellation?.reason).toContain('Too late for the certification');
      expect(activeTasks(audit.state)).toEqual([]);
    });

    it('an alternative can only be decided when one is waiting', async () => {
      const audit = await acknowledged();
      expectRejection(refuse(audit, 'decideAlternative', as.pm, { accept: true, note: 'x' }), 'conflict', 'no alternative is awaiting a decision');
    });
  });

  describe('cancelAudit', () => {
    it('by the team leader while preparing cancels every open task and records who and why', async () => {
      const audit = await auditInPreparing();
      await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'SoA' }] });
      const open = activeTasks(audit.state).map((task) => task.id);
      expect(open.length).toBeGreaterThanOrEqual(2);

      const events = await act(audit, 'cancelAudit', as.lead, { reason: 'Auditee merged into another unit' });

      expect(audit.state.phase).toBe('cancelled');
      expect(audit.state.cancellation).toMatchObject({ reason: 'Auditee merged into another unit', by: P.teamLeader.email });
      expect(open.map((id) => audit.state.tasks.find((task) => task.id === id)?.state)).toEqual(open.map(() => 'cancelled'));
      expect(events.filter((event) => event.type === 'task.cancelled').map((event) => event.subjectId)).toEqual(open);
    });

    it('is no longer possible once fieldwork is over', async () => {
      const audit = await auditInPreparing();
      const state = { ...audit.state, phase: 'reporting' as const };
      expectRejection(refuse(audit, 'cancelAudit', as.pm, { reason: 'Too late' }, state), 'conflict', 'while the audit is reporting');
    });

    it('is refused to the auditee', () => {
      expectRejection(refuse(newAudit(), 'cancelAudit', as.rep, { reason: 'No time' }), 'forbidden');
    });
  });

  it('moves only along the allowed phases: a cancelled audit cannot be cancelled again', async () => {
    const audit = await auditInPreparing();
    await act(audit, 'cancelAudit', as.pm, { reason: 'Stop' });
    expect(() => performAuditAction(audit.state, 'cancelAudit', as.pm, { reason: 'Again' }, audit.now())).toThrow(/while the audit is cancelled/);
  });
});
