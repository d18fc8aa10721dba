import { Actor, normaliseActor } from '../roles';
import { AuditSettings } from '../settings';
import { Change } from '../tasks/change';
import { dueMoments, nextMomentAt } from '../tasks/clock';
import { applyMoment } from '../tasks/task-operations';
import { TimelineEvent } from '../timeline';
import { parsePayload } from '../validation';
import { AUDIT_ACTIONS, AuditActionName } from './actions';
import { authorizeAuditAction } from './authorize';
import { ActionHandler, enterPhase } from './change';
import { findingHandlers } from './findings';
import { tellWhenReportOverdue } from './reporting';
import { conductingHandlers } from './conducting';
import { initiatingHandlers } from './initiating';
import { meetingHandlers } from './meetings';
import { auditPeople } from './people';
import { preparingHandlers } from './preparing';
import { reportingHandlers } from './reporting';
import { AuditDefinition, AuditState } from './state';
import { taskActionHandlers } from './task-actions';
import { conflict, ensure, notFound } from '../rejection';

export interface Outcome {
  state: AuditState;
  events: TimelineEvent[];
}

const HANDLERS: { [A in AuditActionName]: ActionHandler<A> } = {
  ...initiatingHandlers,
  ...preparingHandlers,
  ...meetingHandlers,
  ...conductingHandlers,
  ...findingHandlers,
  ...reportingHandlers,
  ...taskActionHandlers,
};

/** A new audit: 6.2.2 starts by asking the auditee to acknowledge the contact. */
/** `launchedBy` names the programme manager who launched it (histories from before sign-in have none). */
export function startAudit(definition: AuditDefinition, settings: AuditSettings, now: string, launchedBy?: Actor): Outcome {
  const initial: AuditState = {
    definition,
    settings,
    phase: 'initiating',
    createdAt: now,
    counters: {},
    team: definition.team,
    auditeeDelegates: [],
    objections: [],
    documents: [],
    plans: [],
    assignments: [],
    checklist: [],
    meetings: [],
    evidence: [],
    findings: [],
    urgentRisks: [],
    scopeChanges: [],
    reports: [],
    followUps: [],
    tasks: [],
  };
  const change = new Change(initial, now, launchedBy ? normaliseActor(launchedBy) : { email: definition.programmeManager.email, role: 'programme-manager' }, settings.workingCalendar);
  change.record({ type: 'audit.created', summary: `Audit "${definition.title}" of ${definition.auditee.unit} launched`, data: { plannedStart: definition.plannedStart, plannedEnd: definition.plannedEnd } });
  const justified = Object.entries(definition.gapJustification ?? {}).filter(([, why]) => why);
  if (justified.length > 0) {
    change.record({ type: 'team.gaps-justified', summary: `Team gaps accepted by the programme manager: ${justified.map(([gap, why]) => `${gap}: ${why}`).join('; ')}`, data: definition.gapJustification });
  }
  change.openTask({
    kind: 'acknowledge-contact',
    title: `Acknowledge the audit "${definition.title}": objectives, scope, criteria and team`,
    assignee: definition.auditee.representative.email,
    role: 'auditee-representative',
    dueWithin: settings.contactAcknowledgementWithin,
  });
  return { state: change.state, events: change.events };
}

/**
 * Validates and applies one human action. Throws a Rejection (invalid, forbidden, conflict, not-found) without
 * touching the state; the workflow's Update validator calls this too, so nothing is written for a refused action.
 */
export function performAuditAction(state: AuditState, action: AuditActionName, actor: Actor, payload: unknown, now: string): Outcome {
  const spec = AUDIT_ACTIONS[action];
  ensure(spec, () => notFound(`unknown action ${String(action)}`));
  const parsed = parsePayload(spec.payload, payload);
  const normalisedActor = normaliseActor(actor);
  authorizeAuditAction(state, action, normalisedActor, parsed);
  const change = new Change(state, now, normalisedActor, state.settings.workingCalendar);
  (HANDLERS[action] as ActionHandler<AuditActionName>)(change, parsed as never);
  return { state: change.state, events: change.events };
}

/** When the clock must next wake the audit, as epoch milliseconds. */
export function nextAuditWakeUp(state: AuditState): number | undefined {
  return nextMomentAt(state.tasks, state.settings);
}

/** Fires reminders, overdue marks and escalations that are due at `now`. */
export function tickAuditClock(state: AuditState, now: string): Outcome {
  const change = new Change(state, now, undefined, state.settings.workingCalendar);
  const people = auditPeople(state);
  for (const moment of dueMoments(state.tasks, state.settings, Date.parse(now))) {
    applyMoment(change, moment, state.settings, people);
  }
  tellWhenReportOverdue(change, state);
  return { state: change.state, events: change.events };
}

/** A corrective-action follow-up has closed; the audit closes once every one has. */
export function closeFollowUp(state: AuditState, findingId: string, now: string): Outcome {
  const change = new Change(state, now, undefined, state.settings.workingCalendar);
  const followUp = state.followUps.find((candidate) => candidate.findingId === findingId);
  ensure(followUp, () => notFound(`no follow-up for finding ${findingId}`));
  ensure(followUp.state === 'open', () => conflict(`follow-up of ${findingId} is already closed`));
  change.update({ followUps: state.followUps.map((candidate) => (candidate === followUp ? { ...followUp, state: 'closed', closedAt: now } : candidate)) });
  change.record({ type: 'follow-up.closed', summary: `Follow-up of ${findingId} closed: corrective action verified effective`, subjectId: findingId });
  if (change.state.followUps.every((candidate) => candidate.state === 'closed')) {
    enterPhase(change, 'closed', 'every corrective action has been verified effective');
  }
  return { state: change.state, events: change.events };
}
