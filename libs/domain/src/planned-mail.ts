import type { NotificationIntent } from './notifications';
import type { TimelineEvent } from './timeline';

/** A mail the clock will send at `sendAt` unless a step makes it moot first. */
export interface PlannedMail {
  sendAt: string;
  intent: NotificationIntent;
}

/** The clock of a long-running process: when it next acts, and what it does then. */
export interface ProcessClock<S> {
  nextWakeUp: (state: S) => number | undefined;
  tick: (state: S, now: string) => { state: S; events: TimelineEvent[] };
}

/**
 * The most moments planned ahead at once. A ladder is a handful of moments per task; a step that leaves more than
 * this ahead has its later ones planned by the steps the clock itself takes before them (each tick plans again).
 */
export const MOMENTS_PLANNED_AHEAD = 64;

/**
 * Every mail the clock will send if nobody acts: the clock run forward on a copy of the state, from one wake-up to
 * the next, each mail stamped with the moment that sends it. The same functions as the real clock, so the same keys:
 * a mail planned here and the one the clock's own step queues at that moment are one outbox row.
 */
export function clockMailAhead<S>(state: S, clock: ProcessClock<S>, limit = MOMENTS_PLANNED_AHEAD): PlannedMail[] {
  const planned: PlannedMail[] = [];
  let current = state;
  for (let moment = 0; moment < limit; moment += 1) {
    const at = clock.nextWakeUp(current);
    if (at === undefined) break;
    const sendAt = new Date(at).toISOString();
    const { state: next, events } = clock.tick(current, sendAt);
    for (const intent of events.flatMap((event) => event.notify ?? [])) planned.push({ sendAt, intent });
    // A clock that would wake at the same moment without changing anything would never get past it.
    if (next === current && clock.nextWakeUp(next) === at) break;
    current = next;
  }
  return planned;
}
