import { allHandlersFinished, condition, workflowInfo } from '@temporalio/workflow';
import type { ActionRequest } from '../definitions';
import { changedBefore, handleSteps, StepOutcome, workflowNow } from './steps';

/** What the shell needs of a process's recorder: the next event number, refusals, and waiting until all is written. */
export interface StepRecorder {
  seq: number;
  refusalOf(events: StepOutcome<unknown>['events']): string | undefined;
  drain(): Promise<void>;
}

/** What distinguishes one long-running process (an audit, a follow-up, a programme) from another; the shell does the rest. */
export interface ProcessRules<S, A extends string> {
  /** The human steps, each an Update checked by `perform` before anything is written. */
  actions: readonly A[];
  perform: (state: S, action: A, request: ActionRequest, now: string) => StepOutcome<S>;
  /** What a step answers as the phase after it. */
  phaseOf: (state: S) => string;
  /** When the clock next has something to do (a reminder, a deadline, an escalation), in epoch ms. */
  nextWakeUp: (state: S) => number | undefined;
  /** What the clock does when it wakes up. */
  tick: (state: S, now: string) => StepOutcome<S>;
  isDone: (state: S) => boolean;
  /** Records an applied outcome: search attributes, then the progress record. */
  record: (before: S | undefined, outcome: StepOutcome<S>) => Promise<void>;
  /** Work a step starts once it is recorded (the programme starts the audit it launched); the step answers after it. */
  afterStep?: (action: A, request: ActionRequest, outcome: StepOutcome<S>) => Promise<void>;
}

/**
 * The shell the long-running workflows share: the current state, each outcome applied in turn, one Update per
 * human step, and a single loop that sleeps until the next wake-up or change and continues as new when the history
 * grows long. The workflow keeps only what is its own (its first step, its signals, its children).
 */
export class LongRunningProcess<S, A extends string> {
  private current!: S;
  private version = 0;

  constructor(
    private readonly rules: ProcessRules<S, A>,
    readonly recorder: StepRecorder,
  ) {}

  get state(): S {
    return this.current;
  }

  /** Carries on with the state a continued-as-new run was handed. */
  resume(state: S): void {
    this.current = state;
  }

  /** Makes an outcome the current state and records it. */
  advance(before: S | undefined, outcome: StepOutcome<S>): Promise<void> {
    this.current = outcome.state;
    this.version += 1;
    return this.rules.record(before, outcome);
  }

  /** Registers the Update of every human step. */
  handleSteps(): void {
    handleSteps({
      actions: this.rules.actions,
      current: () => this.current,
      perform: this.rules.perform,
      advance: (before, outcome) => this.advance(before, outcome),
      readModelRefusal: (outcome) => this.recorder.refusalOf(outcome.events),
      phaseOf: this.rules.phaseOf,
      afterStep: this.rules.afterStep,
    });
  }

  /**
   * Runs the clock until the process is done. `beforeWait` runs before each sleep (the audit starts follow-ups
   * there); `continueAsNew` is called, once every write and handler has finished, when Temporal suggests it.
   */
  async run(hooks: { beforeWait?: (state: S) => Promise<void>; continueAsNew: (state: S, seq: number) => Promise<never> }): Promise<S> {
    while (!this.rules.isDone(this.current)) {
      // Awaited only when there is one: an extra await would reorder this run's commands against recorded histories.
      if (hooks.beforeWait) await hooks.beforeWait(this.current);
      const seen = this.version;
      const changed = () => this.version !== seen || workflowInfo().continueAsNewSuggested;
      if (!(await changedBefore(this.rules.nextWakeUp(this.current), changed))) await this.advance(this.current, this.rules.tick(this.current, workflowNow()));
      if (workflowInfo().continueAsNewSuggested && !this.rules.isDone(this.current)) {
        await this.settle();
        await hooks.continueAsNew(this.current, this.recorder.seq);
      }
    }
    await this.settle();
    return this.current;
  }

  /** Waits until every progress record is written and every Update handler has finished. */
  private async settle(): Promise<void> {
    await this.recorder.drain();
    await condition(allHandlersFinished);
  }
}
