import type { Task } from '../tasks/task';
import type { TimelineEvent } from '../timeline';
import { ProgrammeCoverage, programmeCoverage } from './coverage';
import type { ProgrammeRunState } from './state';

/** The programme's cycle as the read model keeps it: small enough to be sent whole with every step. */
export interface ProgrammeRunSnapshot {
  programmeVersion: number;
  status: ProgrammeRunState['status'];
  plan: ProgrammeRunState['plan'];
  windows: ProgrammeRunState['windows'];
  coverage: ProgrammeCoverage;
  gaps: ProgrammeRunState['gaps'];
  reviews: ProgrammeRunState['reviews'];
  nextReviewAt: string;
}

/** One step of the programme's workflow for the read model; idempotent under retries by (workflowId, seq). */
export interface ProgrammeProgressRecord {
  workflowId: string;
  programmeId: string;
  firstSeq: number;
  at: string;
  events: TimelineEvent[];
  run: ProgrammeRunSnapshot;
  /** Tasks opened or changed by the step. */
  tasks: Task[];
}

export function programmeRunSnapshot(state: ProgrammeRunState, now: string): ProgrammeRunSnapshot {
  return {
    programmeVersion: state.definition.programmeVersion,
    status: state.status,
    plan: state.plan,
    windows: state.windows,
    coverage: programmeCoverage(state, now),
    gaps: state.gaps,
    reviews: state.reviews,
    nextReviewAt: state.nextReviewAt,
  };
}

/** Tasks the step opened or changed (states are immutable: an unchanged task keeps its identity). */
export function changedTasks(before: ProgrammeRunState | undefined, after: ProgrammeRunState): Task[] {
  const old = new Set(before?.tasks ?? []);
  return after.tasks.filter((task) => !old.has(task));
}
