import { WorkingCalendar } from '../calendar/working-calendar';
import { DeadlineDuration } from '../duration';
import { Actor } from '../roles';
import { TimelineEvent } from '../timeline';
import { dueDate } from './due-date';
import { isActive, Task, TaskKind } from './task';
import { AuditRole } from '../roles';

/** State that carries tasks and id counters: the audit and each corrective action. */
export interface TaskHolder {
  tasks: Task[];
  counters: Record<string, number>;
  /** Prefix for ids made here, so a child workflow's ids never collide with its parent's. */
  idPrefix?: string;
}

/** A task to open, due at a given moment or within a setting's duration of now (counted for its assignee). */
export type TaskSpec = {
  kind: TaskKind;
  title: string;
  assignee: string;
  role: AuditRole;
  subjectId?: string;
} & ({ dueAt: string; dueWithin?: undefined } | { dueWithin: DeadlineDuration; dueAt?: undefined });

/**
 * Accumulates one action's effect: the next immutable state and the timeline events it produced.
 * Rules build on it so that every task change also lands on the timeline with its notifications.
 */
export class Change<S extends TaskHolder> {
  readonly events: TimelineEvent[] = [];

  /** `calendar`: the working days deadlines in working days count on (the audit's, carried in its settings). */
  constructor(
    public state: S,
    readonly now: string,
    readonly actor?: Actor,
    readonly calendar?: WorkingCalendar,
  ) {}

  update(patch: Partial<S>): this {
    this.state = { ...this.state, ...patch };
    return this;
  }

  nextId(prefix: string): string {
    const next = (this.state.counters[prefix] ?? 0) + 1;
    this.update({ counters: { ...this.state.counters, [prefix]: next } } as Partial<S>);
    return `${this.state.idPrefix ?? ''}${prefix}-${next}`;
  }

  record(event: Omit<TimelineEvent, 'actor'> & { actor?: Actor }): this {
    this.events.push({ actor: this.actor, ...event });
    return this;
  }

  openTask({ dueWithin, ...spec }: TaskSpec): Task {
    const task: Task = {
      id: this.nextId('T'),
      ...spec,
      dueAt: dueWithin === undefined ? spec.dueAt! : dueDate(this.now, dueWithin, this.calendar, spec.assignee),
      createdAt: this.now,
      dueVersion: 1,
      armedAt: this.now,
      state: 'open',
      escalationLevel: 0,
      remindersSent: [],
    };
    this.update({ tasks: [...this.state.tasks, task] } as Partial<S>);
    this.record({
      type: 'task.opened',
      summary: `Task "${task.title}" for ${task.assignee}, due ${task.dueAt}`,
      subjectId: task.id,
      data: { kind: task.kind, assignee: task.assignee, role: task.role, dueAt: task.dueAt },
      notify: [{ kind: 'task-assigned', key: `${task.id}:assigned`, to: [task.assignee], cc: [], taskId: task.id, data: taskData(task) }],
    });
    return task;
  }

  /** Rewrites one task; the caller records why. */
  patchTask(taskId: string, patch: Partial<Task>): Task {
    let patched: Task | undefined;
    const tasks = this.state.tasks.map((task) => (task.id === taskId ? (patched = { ...task, ...patch }) : task));
    if (!patched) throw new Error(`unknown task ${taskId}`);
    this.update({ tasks } as Partial<S>);
    return patched;
  }

  /** Closes the active tasks matching `match` as done (work delivered) or cancelled (no longer needed). */
  closeTasks(match: (task: Task) => boolean, outcome: 'done' | 'cancelled' = 'done'): Task[] {
    const closing = this.state.tasks.filter((task) => isActive(task) && match(task));
    for (const task of closing) {
      this.patchTask(task.id, { state: outcome, closedAt: this.now, extension: undefined });
      this.record({
        type: outcome === 'done' ? 'task.completed' : 'task.cancelled',
        summary: `Task "${task.title}" ${outcome === 'done' ? 'completed' : 'cancelled'}`,
        subjectId: task.id,
      });
      // A pending extension request dies with its task.
      if (task.extension) this.closeTasks((other) => other.id === task.extension?.decisionTaskId, 'cancelled');
    }
    return closing;
  }

  activeTasks(match: (task: Task) => boolean = () => true): Task[] {
    return this.state.tasks.filter((task) => isActive(task) && match(task));
  }
}

export function taskData(task: Task): Record<string, string> {
  return { taskId: task.id, taskTitle: task.title, taskKind: task.kind, dueAt: task.dueAt, assignee: task.assignee };
}
