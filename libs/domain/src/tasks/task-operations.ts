import { DeadlineDuration } from '../duration';
import { conflict, ensure, forbidden, invalid, notFound } from '../rejection';
import { AuditRole } from '../roles';
import { AuditSettings } from '../settings';
import { Change, TaskHolder, taskData } from './change';
import { ClockMoment } from './clock';
import { resolveTargets, TaskPeople } from './people';
import { isActive, Task } from './task';

export function findActiveTask<S extends TaskHolder>(change: Change<S>, taskId: string): Task {
  const task = change.state.tasks.find((candidate) => candidate.id === taskId);
  ensure(task, () => notFound(`task ${taskId} does not exist`));
  ensure(isActive(task), () => conflict(`task ${taskId} is ${task.state}, not open`));
  return task;
}

/** When the clock was due to send a moment's mail: the sender measures how late it went out (worker metrics). */
const scheduledFor = (moment: ClockMoment) => new Date(moment.at).toISOString();

/** Applies one clock moment: a reminder, the due date passing, or an escalation rung. */
export function applyMoment<S extends TaskHolder>(
  change: Change<S>,
  moment: ClockMoment & { superseded?: boolean },
  settings: Pick<AuditSettings, 'escalationLadder'>,
  people: TaskPeople,
): void {
  const task = change.state.tasks.find((candidate) => candidate.id === moment.taskId);
  if (!task || !isActive(task)) return;
  switch (moment.kind) {
    case 'reminder': {
      change.patchTask(task.id, { remindersSent: [...task.remindersSent, moment.key] });
      if (moment.superseded) return;
      change.record({
        type: 'task.reminded',
        summary: `Reminder to ${task.assignee}: "${task.title}" is due ${task.dueAt}`,
        subjectId: task.id,
        data: { leadTime: moment.leadTime, dueAt: task.dueAt },
        notify: [{ kind: 'task-reminder', key: `${task.id}:reminder:${moment.key}`, to: [task.assignee], cc: [], taskId: task.id, data: { ...taskData(task), leadTime: moment.leadTime, scheduledFor: scheduledFor(moment) } }],
      });
      return;
    }
    case 'overdue':
      change.patchTask(task.id, { state: 'overdue' });
      change.record({ type: 'task.overdue', summary: `"${task.title}" is overdue (was due ${task.dueAt})`, subjectId: task.id });
      return;
    case 'escalation': {
      const rung = settings.escalationLadder[moment.rung];
      if (!rung) return;
      const updated = change.patchTask(task.id, { escalationLevel: moment.rung + 1, state: 'overdue' });
      const to = resolveTargets(rung.notify, updated, people);
      const cc = resolveTargets(rung.cc, updated, people).filter((email) => !to.includes(email));
      change.record({
        type: 'task.escalated',
        summary: `"${task.title}" escalated to level ${moment.rung + 1}: ${to.join(', ')}${cc.length ? ` (cc ${cc.join(', ')})` : ''}`,
        subjectId: task.id,
        data: { level: moment.rung + 1, to, cc, dueAt: task.dueAt },
        notify: [
          {
            kind: moment.rung === 0 ? 'task-overdue' : 'task-escalated',
            key: `${task.id}:escalation:${task.dueVersion}:${moment.rung}`,
            to,
            cc,
            taskId: task.id,
            data: { ...taskData(updated), level: moment.rung + 1, scheduledFor: scheduledFor(moment) },
          },
        ],
      });
      return;
    }
  }
}

export interface ExtensionPolicy {
  decider: string;
  deciderRole: AuditRole;
  decisionWithin: DeadlineDuration;
  pauseClock: boolean;
}

/** The assignee asks for a later due date; someone with authority decides. */
export function requestExtension<S extends TaskHolder>(
  change: Change<S>,
  request: { taskId: string; requestedDueAt: string; reason: string },
  policy: ExtensionPolicy,
): void {
  const task = findActiveTask(change, request.taskId);
  ensure(change.actor?.email === task.assignee, () => forbidden(`only the assignee (${task.assignee}) may ask to extend task ${task.id}`));
  ensure(task.kind !== 'decide-extension', () => conflict('an extension decision cannot itself be extended'));
  ensure(!task.extension, () => conflict(`task ${task.id} already has an extension request awaiting a decision`));
  ensure(Date.parse(request.requestedDueAt) > Date.parse(task.dueAt), () => invalid('requestedDueAt', `must be later than the current due date ${task.dueAt}`));
  const decision = change.openTask({
    kind: 'decide-extension',
    title: `Decide on extending "${task.title}" to ${request.requestedDueAt}`,
    assignee: policy.decider,
    role: policy.deciderRole,
    dueWithin: policy.decisionWithin,
    subjectId: task.id,
  });
  change.patchTask(task.id, {
    extension: { requestedBy: task.assignee, requestedAt: change.now, requestedDueAt: request.requestedDueAt, reason: request.reason, decisionTaskId: decision.id },
  });
  change.record({
    type: 'task.extension-requested',
    summary: `${task.assignee} asked to move "${task.title}" to ${request.requestedDueAt}: ${request.reason}${policy.pauseClock ? ' (clock paused)' : ''}`,
    subjectId: task.id,
    data: { requestedDueAt: request.requestedDueAt, reason: request.reason, clockPaused: policy.pauseClock },
    notify: [{ kind: 'extension-requested', key: `${task.id}:extension-requested:${decision.id}`, to: [policy.decider], cc: [], taskId: decision.id, data: { ...taskData(task), requestedDueAt: request.requestedDueAt, reason: request.reason } }],
  });
}

export function decideExtension<S extends TaskHolder>(
  change: Change<S>,
  decision: { taskId: string; approve: boolean; note?: string },
  pauseClock: boolean,
): void {
  const task = findActiveTask(change, decision.taskId);
  const extension = task.extension;
  ensure(extension, () => conflict(`task ${task.id} has no extension request to decide`));
  const decisionTask = change.state.tasks.find((candidate) => candidate.id === extension.decisionTaskId);
  ensure(decisionTask && change.actor?.email === decisionTask.assignee, () => forbidden(`only ${decisionTask?.assignee ?? 'the decider'} may decide this extension`));
  change.closeTasks((candidate) => candidate.id === extension.decisionTaskId, 'done');
  const pausedFor = pauseClock ? Date.parse(change.now) - Date.parse(extension.requestedAt) : 0;
  const dueAt = decision.approve ? extension.requestedDueAt : new Date(Date.parse(task.dueAt) + pausedFor).toISOString();
  const resetLadder = decision.approve || Date.parse(dueAt) > Date.parse(change.now);
  change.patchTask(task.id, {
    extension: undefined,
    dueAt,
    dueVersion: dueAt === task.dueAt ? task.dueVersion : task.dueVersion + 1,
    armedAt: dueAt === task.dueAt ? task.armedAt : change.now,
    ...(resetLadder ? { escalationLevel: 0, state: 'open' as const } : {}),
  });
  change.record({
    type: 'task.extension-decided',
    summary: `Extension of "${task.title}" ${decision.approve ? 'approved' : 'refused'}; due ${dueAt}${decision.note ? `: ${decision.note}` : ''}`,
    subjectId: task.id,
    data: { approved: decision.approve, dueAt, note: decision.note },
    notify: [{ kind: 'extension-decided', key: `${task.id}:extension-decided:${extension.decisionTaskId}`, to: [task.assignee], cc: [], taskId: task.id, data: { ...taskData({ ...task, dueAt }), approved: decision.approve, note: decision.note } }],
  });
}

export function reassignTask<S extends TaskHolder>(change: Change<S>, taskId: string, assignee: string, allowed: readonly string[]): void {
  const task = findActiveTask(change, taskId);
  ensure(allowed.includes(assignee), () => invalid('assignee', `must be a person of this audit who may do "${task.kind}": ${allowed.join(', ')}`));
  ensure(assignee !== task.assignee, () => conflict(`task ${task.id} is already assigned to ${assignee}`));
  const reassignments = (change.state.counters[`reassign:${task.id}`] ?? 0) + 1;
  change.update({ counters: { ...change.state.counters, [`reassign:${task.id}`]: reassignments } } as Partial<S>);
  const updated = change.patchTask(task.id, { assignee });
  change.record({
    type: 'task.reassigned',
    summary: `"${task.title}" reassigned from ${task.assignee} to ${assignee}`,
    subjectId: task.id,
    data: { from: task.assignee, to: assignee },
    notify: [{ kind: 'task-assigned', key: `${task.id}:assigned:${reassignments}`, to: [assignee], cc: [], taskId: task.id, data: taskData(updated) }],
  });
}
