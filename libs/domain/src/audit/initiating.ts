import { auditedByLaunch, independenceConflict } from '../independence';
import { conflict, ensure, invalid, notFound } from '../rejection';
import { ActionHandlers, AuditChange, enterPhase } from './change';
import { teamLeader } from './people';
import { AuditState } from './state';

type InitiatingActions = 'establishContact' | 'acknowledgeContact' | 'resolveObjection' | 'decideFeasibility' | 'decideAlternative' | 'cancelAudit';

export const initiatingHandlers: ActionHandlers<InitiatingActions> = {
  establishContact(change, payload) {
    ensure(!change.state.contactEstablished, () => conflict(`contact was already established by ${change.state.contactEstablished!.by}`));
    change.update({ contactEstablished: { by: change.actor!.email, at: change.now, channels: payload.channels, planningInformationRequested: payload.planningInformationRequested, note: payload.note } });
    change.record({
      type: 'contact.established',
      summary: `Team leader established contact via ${payload.channels.join(', ')} and requested: ${payload.planningInformationRequested.join('; ')}`,
    });
  },

  acknowledgeContact(change, payload) {
    const { state } = change;
    ensure(!state.contact, () => conflict('the contact has already been acknowledged'));
    for (const [index, objection] of payload.objections.entries()) {
      ensure(state.team.some((member) => member.email === objection.memberEmail), () =>
        invalid(`objections.${index}.memberEmail`, `${objection.memberEmail} is not on the audit team`),
      );
    }
    change.update({
      contact: {
        acknowledgedBy: change.actor!.email,
        acknowledgedAt: change.now,
        channels: payload.channels,
        confidentialityAgreed: payload.confidentialityAgreed,
        accessAndSafetyRules: payload.accessAndSafetyRules,
        authorityConfirmed: payload.authorityConfirmed,
        planningInformation: payload.planningInformation,
        observers: payload.observers,
        guides: payload.guides,
        note: payload.note,
      },
      objections: [...state.objections, ...payload.objections.map((objection) => ({ ...objection, raisedAt: change.now }))],
    });
    change.closeTasks((task) => task.kind === 'acknowledge-contact');
    change.record({ type: 'contact.acknowledged', summary: `Auditee acknowledged the audit contact via ${payload.channels.join(', ')}` });
    for (const objection of payload.objections) {
      change.record({ type: 'team.objection-raised', summary: `Auditee objected to ${objection.memberEmail}: ${objection.reason}`, subjectId: objection.memberEmail });
      change.openTask({
        kind: 'resolve-objection',
        title: `Resolve the objection to ${objection.memberEmail}`,
        assignee: state.definition.programmeManager.email,
        role: 'programme-manager',
        subjectId: objection.memberEmail,
        dueWithin: state.settings.objectionResolutionWithin,
      });
    }
    openFeasibilityTaskWhenReady(change);
  },

  resolveObjection(change, payload) {
    const { state } = change;
    const objection = state.objections.find((candidate) => candidate.memberEmail === payload.memberEmail && !candidate.resolution);
    ensure(objection, () => notFound(`no open objection to ${payload.memberEmail}`));
    let team = state.team;
    if (payload.outcome === 'replaced') {
      const replacement = payload.replacement;
      ensure(replacement, () => invalid('replacement', 'is required when the outcome is replaced'));
      ensure(!team.some((member) => member.email === replacement.email), () => invalid('replacement.email', `${replacement.email} is already on the team`));
      const conflict = independenceConflict({ role: replacement.role, units: [replacement.unit], ownWork: replacement.ownWork }, auditedByLaunch(state.definition));
      ensure(!conflict, () => invalid(`replacement.${conflict!.field}`, `${replacement.email} ${conflict!.reason}`));
      const replaced = team.find((member) => member.email === payload.memberEmail)!;
      // The team keeps exactly one leader.
      ensure((replacement.role === 'team-leader') === (replaced?.role === 'team-leader'), () =>
        invalid('replacement.role', replaced?.role === 'team-leader' ? 'must be team-leader: the team leader is being replaced' : 'must not be team-leader: the team already has one'),
      );
      team = team.map((member) => (member.email === payload.memberEmail ? { ...replacement, role: replacement.role ?? replaced.role } : member));
    }
    change.update({
      team,
      objections: state.objections.map((candidate) =>
        candidate === objection
          ? { ...candidate, resolution: { outcome: payload.outcome, note: payload.note, replacement: payload.replacement?.email, by: change.actor!.email, at: change.now } }
          : candidate,
      ),
    });
    change.closeTasks((task) => task.kind === 'resolve-objection' && task.subjectId === payload.memberEmail);
    change.record({
      type: 'team.objection-resolved',
      summary: `Objection to ${payload.memberEmail} ${payload.outcome}${payload.replacement ? ` by ${payload.replacement.email}` : ''}: ${payload.note}`,
      subjectId: payload.memberEmail,
    });
    openFeasibilityTaskWhenReady(change);
  },

  decideFeasibility(change, payload) {
    const { state } = change;
    ensure(state.contact, () => conflict('the auditee has not acknowledged the contact yet'));
    ensure(!state.objections.some((objection) => !objection.resolution), () => conflict('objections to team members are still open'));
    ensure(!state.feasibility || state.feasibility.alternativeOutcome, () => conflict('a feasibility decision is already awaiting the client'));
    change.closeTasks((task) => task.kind === 'decide-feasibility');
    change.update({ feasibility: { feasible: payload.feasible, reason: payload.reason, decidedBy: change.actor!.email, decidedAt: change.now, alternative: payload.alternative } });
    if (payload.feasible) {
      change.record({ type: 'feasibility.decided', summary: `Audit judged feasible: ${payload.reason}` });
      enterPhase(change, 'preparing');
      return;
    }
    if (!payload.alternative) {
      change.record({ type: 'feasibility.decided', summary: `Audit judged not feasible, no alternative: ${payload.reason}` });
      cancel(change, `not feasible: ${payload.reason}`);
      return;
    }
    change.record({ type: 'feasibility.decided', summary: `Audit judged not feasible (${payload.reason}); alternative proposed: ${payload.alternative.note}`, data: { alternative: payload.alternative } });
    change.openTask({
      kind: 'decide-alternative',
      title: 'Accept the proposed alternative or cancel the audit',
      assignee: state.definition.programmeManager.email,
      role: 'programme-manager',
      dueWithin: state.settings.alternativeDecisionWithin,
    });
  },

  decideAlternative(change, payload) {
    const { state } = change;
    const feasibility = state.feasibility;
    ensure(feasibility?.alternative && !feasibility.alternativeOutcome, () => conflict('no alternative is awaiting a decision'));
    const alternative = feasibility.alternative;
    change.update({ feasibility: { ...feasibility, alternativeOutcome: { accepted: payload.accept, note: payload.note, by: change.actor!.email, at: change.now } } });
    change.closeTasks((task) => task.kind === 'decide-alternative');
    if (!payload.accept) {
      change.record({ type: 'alternative.decided', summary: `Alternative refused: ${payload.note}` });
      cancel(change, `not feasible and the alternative was refused: ${payload.note}`);
      return;
    }
    const definition = {
      ...state.definition,
      plannedStart: alternative.plannedStart ?? state.definition.plannedStart,
      plannedEnd: alternative.plannedEnd ?? state.definition.plannedEnd,
      scope: alternative.scope ?? state.definition.scope,
    };
    change.update({ definition });
    change.record({ type: 'alternative.decided', summary: `Alternative accepted: ${payload.note}`, data: { plannedStart: definition.plannedStart, plannedEnd: definition.plannedEnd, scope: definition.scope } });
    enterPhase(change, 'preparing');
  },

  cancelAudit(change, payload) {
    cancel(change, payload.reason);
  },
};

export function cancel(change: AuditChange, reason: string): void {
  change.update({ cancellation: { reason, by: change.actor?.email ?? 'system', at: change.now } });
  enterPhase(change, 'cancelled', reason);
  const { definition } = change.state;
  const everyone = [...new Set([definition.auditee.representative.email, definition.programmeManager.email, ...change.state.team.map((member) => member.email)])];
  change.record({
    type: 'audit.cancelled',
    summary: `Audit cancelled: ${reason}`,
    data: { reason },
    notify: [{ kind: 'audit-cancelled', key: 'audit-cancelled', to: everyone, cc: [], data: { reason, auditTitle: definition.title } }],
  });
}

function openFeasibilityTaskWhenReady(change: AuditChange): void {
  const state: AuditState = change.state;
  if (!state.contact || state.objections.some((objection) => !objection.resolution)) return;
  if (change.activeTasks((task) => task.kind === 'decide-feasibility').length > 0) return;
  change.openTask({
    kind: 'decide-feasibility',
    title: 'Decide whether the audit is feasible',
    assignee: teamLeader(state).email,
    role: 'team-leader',
    dueWithin: state.settings.feasibilityDecisionWithin,
  });
}
