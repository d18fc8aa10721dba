import {
  AuditDefinition,
  AuditState,
  closeFollowUp,
  CorrectiveActionState,
  DEFAULT_AUDIT_SETTINGS,
  openFollowUp,
  performAuditAction,
  performFollowUpAction,
  startAudit,
  followUpInput,
  isClosedForAudit,
  AuditActionName,
  FollowUpActionName,
  TimelineEvent,
} from '@auditflow/domain';
import { AuditPort, SAMPLE_PEOPLE, sampleLaunch, StepResult } from '@auditflow/samples';

/** Runs the pure rules the way the workflows do, without Temporal: for fast tests of the domain. */
export class InMemoryAudit implements AuditPort {
  state: AuditState;
  readonly followUps = new Map<string, CorrectiveActionState>();
  private readonly auditTold = new Set<string>();
  readonly timeline: TimelineEvent[] = [];
  clock: number;

  constructor(definition: AuditDefinition = sampleDefinition(), settings = DEFAULT_AUDIT_SETTINGS, start = Date.parse('2027-01-04T08:00:00Z')) {
    this.clock = start;
    const outcome = startAudit(definition, settings, this.now());
    this.state = outcome.state;
    this.timeline.push(...outcome.events);
  }

  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  async act(action: string, actor: { email: string; role: string }, payload: unknown): Promise<StepResult> {
    const outcome = performAuditAction(this.state, action as AuditActionName, actor as never, payload, this.now());
    this.state = outcome.state;
    this.timeline.push(...outcome.events);
    this.openFollowUps();
    return { phase: this.state.phase, events: outcome.events };
  }

  async followUp(findingId: string, action: string, actor: { email: string; role: string }, payload: unknown): Promise<StepResult> {
    const current = this.followUps.get(findingId);
    if (!current) throw new Error(`no follow-up for ${findingId}`);
    const outcome = performFollowUpAction(current, action as FollowUpActionName, actor as never, payload, this.now());
    this.followUps.set(findingId, outcome.state);
    this.timeline.push(...outcome.events);
    // As the follow-up workflow does: the audit hears once, when the action is verified effective (a re-check may follow).
    if (isClosedForAudit(outcome.state) && !this.auditTold.has(findingId)) {
      this.auditTold.add(findingId);
      const closed = closeFollowUp(this.state, findingId, this.now());
      this.state = closed.state;
      this.timeline.push(...closed.events);
    }
    return { phase: outcome.state.status, events: outcome.events };
  }

  private openFollowUps(): void {
    for (const followUp of this.state.followUps) {
      if (this.followUps.has(followUp.findingId)) continue;
      const opened = openFollowUp(followUpInput(this.state, followUp.findingId, 'audit-test'), this.now());
      this.followUps.set(followUp.findingId, opened.state);
      this.timeline.push(...opened.events);
    }
  }
}

export function sampleDefinition(): AuditDefinition {
  return {
    ...sampleLaunch('11111111-1111-4111-8111-111111111111', Date.parse('2027-01-04T08:00:00Z')),
    auditId: '22222222-2222-4222-8222-222222222222',
    programmeManager: SAMPLE_PEOPLE.programmeManager,
    complianceLead: SAMPLE_PEOPLE.complianceLead,
  } as AuditDefinition;
}
