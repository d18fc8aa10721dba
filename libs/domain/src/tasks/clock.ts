import { durationToMs } from '../duration';
import { AuditSettings } from '../settings';
import { APPOINTMENT_TASK_KINDS, isActive, Task } from './task';

/** A moment at which the workflow must act on a task without anyone asking. */
export type ClockMoment =
  | { kind: 'reminder'; taskId: string; at: number; leadTime: string; key: string }
  | { kind: 'overdue'; taskId: string; at: number }
  | { kind: 'escalation'; taskId: string; at: number; rung: number };

type ClockSettings = Pick<AuditSettings, 'reminderLeadTimes' | 'escalationLadder' | 'pauseClockWhileExtensionPending' | 'meetingAttendanceIsAppointment'>;

export function reminderKey(task: Task, leadTime: string): string {
  return `${task.dueVersion}:${leadTime}`;
}

/** Everything still to happen for one task, in time order. A pending extension pauses the clock when the setting says so. */
export function pendingMoments(task: Task, settings: ClockSettings): ClockMoment[] {
  if (!isActive(task)) return [];
  if (task.extension && settings.pauseClockWhileExtensionPending) return [];
  const due = Date.parse(task.dueAt);
  const armed = Date.parse(task.armedAt);
  const moments: ClockMoment[] = [];
  for (const leadTime of settings.reminderLeadTimes) {
    const at = due - durationToMs(leadTime);
    const key = reminderKey(task, leadTime);
    // A lead time longer than the time left when the date was set is skipped: no reminder storm on creation.
    if (at > armed && at < due && !task.remindersSent.includes(key)) {
      moments.push({ kind: 'reminder', taskId: task.id, at, leadTime, key });
    }
  }
  // An appointment is reminded of and nothing more (audits launched before that rule keep their clock: see settings).
  if (settings.meetingAttendanceIsAppointment && APPOINTMENT_TASK_KINDS.includes(task.kind)) return moments.sort(byTime);
  if (task.state === 'open') moments.push({ kind: 'overdue', taskId: task.id, at: due });
  settings.escalationLadder.forEach((rung, index) => {
    if (index >= task.escalationLevel) {
      moments.push({ kind: 'escalation', taskId: task.id, at: due + durationToMs(rung.after), rung: index });
    }
  });
  return moments.sort(byTime);
}

/** The earliest moment across tasks, or undefined when nothing is pending. */
export function nextMomentAt(tasks: readonly Task[], settings: ClockSettings): number | undefined {
  let next: number | undefined;
  for (const task of tasks) {
    const first = pendingMoments(task, settings)[0];
    if (first && (next === undefined || first.at < next)) next = first.at;
  }
  return next;
}

/**
 * Moments due at `now`, oldest first. A reminder is `superseded` when a later moment of the same task is also due
 * (after a long outage nobody wants "due in 7 days" next to "overdue"); it is marked sent without a message.
 */
export function dueMoments(tasks: readonly Task[], settings: ClockSettings, now: number): Array<ClockMoment & { superseded: boolean }> {
  const due: Array<ClockMoment & { superseded: boolean }> = [];
  for (const task of tasks) {
    const moments = pendingMoments(task, settings).filter((moment) => moment.at <= now);
    moments.forEach((moment, index) => {
      due.push({ ...moment, superseded: moment.kind === 'reminder' && index < moments.length - 1 });
    });
  }
  return due.sort(byTime);
}

function byTime(a: ClockMoment, b: ClockMoment): number {
  return a.at - b.at || order(a) - order(b);
}

function order(moment: ClockMoment): number {
  return moment.kind === 'reminder' ? 0 : moment.kind === 'overdue' ? 1 : 2 + moment.rung;
}
