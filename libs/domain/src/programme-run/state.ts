import type { AuditSettings } from '../settings';
import type { CyclePlan } from '../programme-cycle/cycle-plan';
import type { ProgrammeCycleSettings } from '../programme-cycle/cycle-settings';
import type { StatementOfApplicability } from '../programme-cycle/programme-content';
import type { ScopeItems } from '../programme-cycle/scope-items';
import type { WithdrawnScopeItems } from '../programme-cycle/coverage-gaps';
import type { TaskHolder } from '../tasks/change';

export interface ProgrammePerson {
  email: string;
  name: string;
}

/** How programme tasks are reminded of and escalated: the programme's own audit settings (the audit ladder). */
export type ProgrammeTaskClock = Pick<AuditSettings, 'reminderLeadTimes' | 'escalationLadder' | 'pauseClockWhileExtensionPending' | 'workingCalendar' | 'escalateOnHolidays'>;

/** What an approved programme's workflow starts with: the version the audit client approved and its plan. */
export interface ProgrammeRunDefinition {
  programmeId: string;
  programmeName: string;
  programmeVersion: number;
  manager: ProgrammePerson;
  complianceLead: ProgrammePerson;
  plan: CyclePlan;
  statementOfApplicability: Pick<StatementOfApplicability, 'excluded'>;
  cycleSettings: ProgrammeCycleSettings;
  taskClock: ProgrammeTaskClock;
}

/** What became of an audit launched in a window once it finished. */
export interface WindowAuditOutcome {
  phase: string;
  finishedAt: string;
  /** Clauses and controls its checklist items with evidence covered. */
  audited: ScopeItems;
}

/** Where one window of the plan stands: its launch task, the audit launched in it, that audit's outcome. */
export interface WindowProgress {
  windowId: string;
  launchTaskId?: string;
  auditId?: string;
  launchedAt?: string;
  /** When the window closed with neither a launch nor a skip. */
  missedAt?: string;
  outcome?: WindowAuditOutcome;
}

/** The programme review of 5.7: what the programme manager recorded, with the monitoring figures of that moment. */
export interface ProgrammeReview {
  taskId: string;
  openedAt: string;
  recordedAt?: string;
  recordedBy?: string;
  kpis?: unknown;
  lessonsLearned?: string[];
  riskTreatmentEffectiveness?: string;
  auditorDevelopment?: string;
  decisions?: string[];
}

export interface CoverageGap {
  taskId: string;
  raisedAt: string;
  items: ScopeItems;
  decision?: string;
}

export const PROGRAMME_RUN_STATUSES = ['running', 'completed'] as const;
export type ProgrammeRunStatus = (typeof PROGRAMME_RUN_STATUSES)[number];

/** Everything the programme's workflow knows. Immutable like the audit's: each step returns a new state. */
export interface ProgrammeRunState extends TaskHolder {
  definition: ProgrammeRunDefinition;
  status: ProgrammeRunStatus;
  plan: CyclePlan;
  windows: WindowProgress[];
  /** Items the cycle's finished audits audited. */
  audited: ScopeItems;
  /** Items a window's audit did not audit after all (a scope change, a termination). */
  withdrawn: WithdrawnScopeItems[];
  gaps: CoverageGap[];
  reviews: ProgrammeReview[];
  nextReviewAt: string;
  /** When the monitoring figures are next checked against the thresholds. */
  nextKpiCheckAt: string;
}

export const programmeWorkflowId = (programmeId: string): string => `programme-${programmeId}`;
