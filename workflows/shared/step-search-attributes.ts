import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { patched, upsertSearchAttributes } from '@temporalio/workflow';
import { AuditNextDueAtKey, AuditPhaseKey } from './search-attributes';

/**
 * Marks the runs that upsert a step's search attributes only when the step changed them. Each upsert is a command, a
 * history event and a visibility write on the server, and about a third of an audit's steps change neither its phase
 * nor its next due date. Runs recorded before upserted after every step, and replay that way.
 */
export const SEARCH_ATTRIBUTES_UPSERTED_WHEN_CHANGED = 'search-attributes-upserted-when-changed';

/** What a process shows in visibility after a step: its phase (processes that list one) and its next due date (ISO). */
export interface StepAttributes {
  phase?: string;
  nextDueAt: string | undefined;
}

/** Keeps one run's phase and next due date current in visibility, step by step. */
export class StepSearchAttributes {
  /** Whether this run has upserted them yet: its first step always does, whatever the run before left behind. */
  private upserted = false;

  /** After a step from `before` (undefined for the process's first step) to `after`. */
  upsert(before: StepAttributes | undefined, after: StepAttributes): void {
    const unchanged = this.upserted && before !== undefined && before.phase === after.phase && before.nextDueAt === after.nextDueAt;
    if (unchanged && patched(SEARCH_ATTRIBUTES_UPSERTED_WHEN_CHANGED)) return;
    this.upserted = true;
    const phase: SearchAttributeUpdatePair[] = after.phase === undefined ? [] : [{ key: AuditPhaseKey, value: after.phase }];
    upsertSearchAttributes([...phase, { key: AuditNextDueAtKey, value: after.nextDueAt === undefined ? null : new Date(after.nextDueAt) }]);
  }
}
