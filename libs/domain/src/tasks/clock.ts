import { timeZoneOf } from '../calendar/working-calendar';
import { nextWorkingDayStart } from '../calendar/working-days';
import { addDuration, subtractDuration } from '../duration';
import { AuditSettings } from '../settings';
import { APPOINTMENT_TASK_KINDS, isActive, Task } from './task';

/** A moment at which the workflow must act on a task without anyone asking. */
export type ClockMoment =
  | { kind: 'reminder'; taskId: string; at: number; leadTime: string; key: string }
  | { kind: 'overdue'; taskId: string; at: number }
  | { kind: 'escalation'; taskId: string; at: number; rung: number };

type ClockSettings = Pick<
  AuditSettings,
  'reminderLeadTimes' | 'escalationLadder' | 'pauseClockWhileExtensionPending' | 'meetingAttendanceIsAppointment' | 'workingCalendar' | 'escalateOnHolidays'
>;

export function reminderKey(task: Task, leadTime: string): string {
  return `${task.dueVersion}:${leadTime}`;
}

/**
 * Everything still to happen for one task, in time order. A pending extension pauses the clock when the setting says so.
 * With a working calendar, lead times and rungs in working days count in the zone of the person the task waits on,
 * and reminders and escalations that would reach people on a non-working day wait for the start of the next working
 * day (unless escalateOnHolidays); the task still turns overdue when its date passes. Without a calendar (audits
 * launched before, or a programme without one) nothing moves.
 */
export function pendingMoments(task: Task, settings: ClockSettings): ClockMoment[] {
  if (!isActive(task)) return [];
  if (task.extension && settings.pauseClockWhileExtensionPending) return [];
  const due = Date.parse(task.dueAt);
  const armed = Date.parse(task.armedAt);
  const calendar = settings.workingCalendar;
  const zone = calendar && timeZoneOf(calendar, task.assignee);
  const sent = (at: string) => Date.parse(calendar && !settings.escalateOnHolidays ? nextWorkingDayStart(at, calendar, zone) : at);
  const moments: ClockMoment[] = [];
  for (const leadTime of settings.reminderLeadTimes) {
    const at = sent(subtractDuration(due, leadTime, calendar, zone));
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
      moments.push({ kind: 'escalation', taskId: task.id, at: sent(addDuration(due, rung.after, calendar, zone)), rung: index });
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
