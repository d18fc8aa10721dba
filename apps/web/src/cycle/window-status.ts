import type { PlanWindow, ProgrammeTask, WindowProgress } from './data';
import { isOpenTask } from './data';

/** Where a window of the plan stands, from the plan, the window's progress and the programme manager's tasks. */
export type WindowStatus =
  | { kind: 'planned' }
  | { kind: 'launch-task-open'; taskId: string }
  | { kind: 'launched'; auditId: string; finishedPhase?: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'missed'; missedAt: string };

export function windowStatus(window: PlanWindow, progress: WindowProgress | undefined, tasks: readonly ProgrammeTask[]): WindowStatus {
  if (window.status === 'skipped') return { kind: 'skipped', reason: window.skipReason ?? '' };
  if (progress?.auditId) return { kind: 'launched', auditId: progress.auditId, finishedPhase: progress.outcome?.phase };
  if (progress?.missedAt) return { kind: 'missed', missedAt: progress.missedAt };
  const launchTask = tasks.find((task) => task.kind === 'launch-audit' && task.subjectId === window.id && isOpenTask(task));
  if (launchTask) return { kind: 'launch-task-open', taskId: launchTask.id };
  return { kind: 'planned' };
}
