import { requiresCorrection } from '../grades';
import { conflict, ensure, forbidden, invalid, notFound } from '../rejection';
import { Actor, AuditRole, normaliseActor, roleLabel } from '../roles';
import { Change } from '../tasks/change';
import { dueMoments, nextMomentAt } from '../tasks/clock';
import { auditeeTasksHeldBy, holdsTaskOfStep, notTheirTaskMessage } from '../tasks/delegation';
import { extensionDeciderFor } from '../tasks/extension-decider';
import { applyMoment, decideExtension, findActiveTask, reassignTask, requestExtension } from '../tasks/task-operations';
import { TimelineEvent } from '../timeline';
import { parsePayload } from '../validation';
import { FOLLOW_UP_ACTIONS, FollowUpActionName, FollowUpActionPayload, FollowUpActionSpec } from './actions';
import { askForPlan, askForVerification, auditeeAssignee, deadlines, FollowUpChange } from './follow-up-tasks';
import { ensurePlannedCompletionSubmittable, implementationDeadline } from './planned-completion';
import { openScheduledCheck, scheduledCheckAt } from './scheduled-checks';
import { CorrectiveActionInput, CorrectiveActionState, FollowUpPeople } from './state';
import { tasksOfFollowUpStep } from './step-tasks';
import { verifyEffectiveness } from './verification';

type Handlers = { [A in FollowUpActionName]: (change: FollowUpChange, payload: FollowUpActionPayload<A>) => void };

export interface FollowUpOutcome {
  state: CorrectiveActionState;
  events: TimelineEvent[];
}

/** Roles held in the follow-up; a delegate of one of its tasks holds none and acts on that task only (holdsTaskOfStep). */
export function followUpRolesOf(state: CorrectiveActionState, email: string): AuditRole[] {
  const { people } = state.input;
  const who = email.toLowerCase();
  const roles = new Set<AuditRole>();
  if (people.auditeeRepresentative === who || people.auditeeDelegates.includes(who)) roles.add('auditee-representative');
  if (people.teamLeader === who) roles.add('team-leader');
  if (people.auditors.includes(who)) roles.add('auditor');
  if (people.programmeManager === who) roles.add('programme-manager');
  if (people.complianceLead === who) roles.add('compliance-lead');
  return [...roles];
}

/** Opening the follow-up asks the auditee for a plan by the grade's deadline. */
export function openFollowUp(input: CorrectiveActionInput, now: string): FollowUpOutcome {
  const initial: CorrectiveActionState = {
    input,
    status: 'awaiting-plan',
    round: 1,
    openedAt: now,
    plans: [],
    evidence: [],
    verifications: [],
    tasks: [],
    counters: {},
    idPrefix: `${input.finding.id}.`,
  };
  const change = new Change(initial, now, undefined, input.settings.workingCalendar);
  change.record({ type: 'follow-up.opened', summary: `Follow-up of ${input.finding.grade.replace('-', ' ')} ${input.finding.id} opened`, subjectId: input.finding.id });
  askForPlan(change);
  return { state: change.state, events: change.events };
}

const HANDLERS: Handlers = {
  submitActionPlan(change, payload) {
    const { input } = change.state;
    ensure(!requiresCorrection(input.finding.grade) || payload.correction, () => invalid('correction', 'is required for a major nonconformity'));
    ensurePlannedCompletionSubmittable(change, payload.plannedCompletion);
    change.update({ status: 'plan-submitted', plans: [...change.state.plans, { round: change.state.round, ...payload, submittedBy: change.actor!.email, submittedAt: change.now }] });
    change.closeTasks((task) => task.kind === 'submit-action-plan');
    change.record({ type: 'action-plan.submitted', summary: `Action plan for ${input.finding.id} submitted: root cause "${payload.rootCause}"`, subjectId: input.finding.id });
    change.openTask({
      kind: 'review-action-plan',
      title: `Accept or return the action plan for ${input.finding.id}`,
      assignee: input.people.teamLeader,
      role: 'team-leader',
      subjectId: input.finding.id,
      dueWithin: deadlines(change.state).planReview,
    });
  },

  reviewActionPlan(change, payload) {
    const { input } = change.state;
    ensure(payload.accept || payload.reason, () => invalid('reason', 'is required when the plan is returned'));
    const deadline = payload.accept ? implementationDeadline(change, change.state.plans.at(-1)?.plannedCompletion) : undefined;
    const plans = change.state.plans.map((plan, index, all) => (index === all.length - 1 ? { ...plan, review: { accepted: payload.accept, reason: payload.reason, by: change.actor!.email, at: change.now } } : plan));
    change.update({ plans, status: payload.accept ? 'implementing' : 'awaiting-plan' });
    change.closeTasks((task) => task.kind === 'review-action-plan');
    if (!payload.accept) {
      change.record({ type: 'action-plan.returned', summary: `Action plan for ${input.finding.id} returned: ${payload.reason}`, subjectId: input.finding.id });
      askForPlan(change);
      return;
    }
    change.record({ type: 'action-plan.accepted', summary: `Action plan for ${input.finding.id} accepted`, subjectId: input.finding.id });
    change.openTask({
      kind: 'deliver-implementation-evidence',
      title: `Deliver evidence that the corrective action for ${input.finding.id} is implemented`,
      assignee: auditeeAssignee(input.people),
      role: 'auditee-representative',
      subjectId: input.finding.id,
      ...deadline!,
    });
  },

  submitImplementationEvidence(change, payload) {
    const { input } = change.state;
    change.update({ status: 'evidence-submitted', evidence: [...change.state.evidence, { round: change.state.round, ...payload, submittedBy: change.actor!.email, submittedAt: change.now }] });
    change.closeTasks((task) => task.kind === 'deliver-implementation-evidence');
    change.record({ type: 'implementation.evidenced', summary: `Implementation evidence for ${input.finding.id} delivered: ${payload.description}`, subjectId: input.finding.id });
    askForVerification(change);
  },

  verifyEffectiveness: verifyEffectiveness,

  requestExtension(change, payload) {
    const { people, settings } = change.state.input;
    const task = findActiveTask(change, payload.taskId);
    const decider = extensionDeciderFor(people, task.assignee, settings.programmeManagerExtensionsDecidedByComplianceLead === true);
    requestExtension(change, payload, {
      decider: decider.email,
      deciderRole: decider.role,
      decisionWithin: settings.extensionDecisionWithin,
      pauseClock: settings.pauseClockWhileExtensionPending,
    });
  },

  decideExtension(change, payload) {
    decideExtension(change, payload, change.state.input.settings.pauseClockWhileExtensionPending);
  },

  reassignTask(change, payload) {
    const task = findActiveTask(change, payload.taskId);
    const { people } = change.state.input;
    if (task.role === 'auditee-representative') {
      ensure(payload.assignee !== people.teamLeader && !people.auditors.includes(payload.assignee), () => invalid('assignee', `${payload.assignee} is on the audit team and cannot act for the auditee`));
      change.update({ input: { ...change.state.input, people: delegatedTo(change.state.input, payload.assignee) } });
      reassignTask(change, task.id, payload.assignee, [payload.assignee]);
      return;
    }
    const eligible = task.role === 'auditor' ? [...people.auditors, people.teamLeader] : [people.teamLeader];
    reassignTask(change, task.id, payload.assignee, eligible);
    if (task.kind === 'verify-effectiveness') {
      change.update({ input: { ...change.state.input, people: { ...change.state.input.people, verifier: payload.assignee } } });
    }
  },
};

/**
 * The follow-up's people once an auditee task is given to `assignee`: the work goes on with them (the representative
 * takes it back when it is given to them). Follow-ups of audits launched before delegation became per task made every
 * delegate a representative for the whole follow-up instead.
 */
function delegatedTo(input: CorrectiveActionInput, assignee: string): FollowUpPeople {
  const { auditeeDelegate: _previous, ...people } = input.people;
  if (input.settings.delegationIsPerTask) return assignee === people.auditeeRepresentative ? people : { ...people, auditeeDelegate: assignee };
  if (people.auditeeDelegates.includes(assignee) || assignee === people.auditeeRepresentative) return input.people;
  return { ...input.people, auditeeDelegates: [...people.auditeeDelegates, assignee] };
}

export function performFollowUpAction(state: CorrectiveActionState, action: FollowUpActionName, actor: Actor, payload: unknown, now: string): FollowUpOutcome {
  const spec: FollowUpActionSpec | undefined = FOLLOW_UP_ACTIONS[action];
  ensure(spec, () => notFound(`unknown follow-up action ${String(action)}`));
  const parsed = parsePayload(spec.payload, payload);
  const who: Actor = normaliseActor(actor);
  ensure(spec.roles.includes(who.role), () => forbidden(`a ${roleLabel(who.role)} may not ${action}; allowed: ${spec.roles.map(roleLabel).join(', ')}`));
  ensure(followUpRolesOf(state, who.email).includes(who.role) || holdsTaskOfStep(tasksOfFollowUpStep(state, action, parsed), who), () =>
    forbidden(notTheirTaskMessage(who, `${roleLabel(who.role)} of this follow-up`, auditeeTasksHeldBy(state.tasks, who.email), action)),
  );
  ensure(spec.states.includes(state.status), () => conflict(`${action} is not allowed while the corrective action is ${state.status}; allowed when: ${spec.states.join(', ')}`));
  const change = new Change(state, now, who, state.input.settings.workingCalendar);
  (HANDLERS[action] as (change: FollowUpChange, payload: unknown) => void)(change, parsed);
  return { state: change.state, events: change.events };
}

/** The next moment the follow-up's clock acts: a task's reminder, due date or escalation, or a scheduled check. */
export function nextFollowUpWakeUp(state: CorrectiveActionState): number | undefined {
  const moments = [nextMomentAt(state.tasks, state.input.settings), scheduledCheckAt(state)].filter((at) => at !== undefined);
  return moments.length ? Math.min(...moments) : undefined;
}

export function tickFollowUpClock(state: CorrectiveActionState, now: string): FollowUpOutcome {
  const change = new Change(state, now, undefined, state.input.settings.workingCalendar);
  for (const moment of dueMoments(state.tasks, state.input.settings, Date.parse(now))) {
    applyMoment(change, moment, state.input.settings, state.input.people);
  }
  openScheduledCheck(change);
  return { state: change.state, events: change.events };
}
