import type { AuditRole } from '@auditflow/domain';
import { sampleMeeting, samplePlan } from './sample-audit';
import { SAMPLE_PEOPLE as P } from './sample-people';

export interface StepResult {
  phase: string;
  events: { type: string; summary: string; subjectId?: string }[];
}

/** How the script reaches an audit: over HTTP for the demo and end-to-end tests, or straight through the rules. */
export interface AuditPort {
  act(action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult>;
  followUp(findingId: string, action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult>;
}

const as = {
  pm: { email: P.programmeManager.email, role: 'programme-manager' as const },
  lead: { email: P.teamLeader.email, role: 'team-leader' as const },
  auditor: { email: P.auditor.email, role: 'auditor' as const },
  rep: { email: P.auditeeRepresentative.email, role: 'auditee-representative' as const },
};

function subject(result: StepResult, type: string): string {
  const id = result.events.find((event) => event.type === type)?.subjectId;
  if (!id) throw new Error(`expected a ${type} event, got ${result.events.map((event) => event.type).join(', ')}`);
  return id;
}

type Step = (label: string, call: Promise<StepResult>) => Promise<StepResult>;

const stepLoggedTo =
  (log: (line: string) => void): Step =>
  async (label, call) => {
    const result = await call;
    log(`${label.padEnd(58)} → ${result.phase}`);
    return result;
  };

export interface SampleAuditOptions {
  /** Sees every step. */
  log?: (line: string) => void;
  /** When the audit is run, in epoch ms: the plan's and meetings' dates follow it. */
  now?: number;
  /** Minor nonconformities recorded besides the sample's two, each one more follow-up (the benchmark's load). */
  extraNonconformities?: number;
}

/**
 * Drives one audit through every phase (6.2 → 6.7), including a team objection, a plan objection, a major and a
 * minor nonconformity, a returned action plan and a failed effectiveness check. `log` sees every step.
 */
export async function runSampleAudit(port: AuditPort, log: (line: string) => void = () => undefined, now = Date.now()) {
  const { major, minor } = await runSampleAuditToFollowUp(port, { log, now });
  await followUpSampleFindings(port, stepLoggedTo(log), major, minor);
  return { major, minor };
}

/**
 * Drives one audit from 6.2 to the start of 6.7: its report issued, the audit completed, and a follow-up open for
 * each nonconformity (the sample's major and minor, and `extraNonconformities` more).
 */
export async function runSampleAuditToFollowUp(port: AuditPort, options: SampleAuditOptions = {}): Promise<{ major: string; minor: string; extra: string[] }> {
  const step = stepLoggedTo(options.log ?? (() => undefined));
  const now = options.now ?? Date.now();

  // 6.2 initiating
  await step('team leader establishes contact', port.act('establishContact', as.lead, {
    channels: ['e-mail', 'video call'],
    planningInformationRequested: ['ISMS scope and Statement of Applicability', 'Risk assessment and treatment results', 'Previous audit and management review records'],
  }));
  await step('auditee acknowledges contact, objects to a team member', port.act('acknowledgeContact', as.rep, {
    channels: ['e-mail', 'weekly video call'],
    confidentialityAgreed: true,
    accessAndSafetyRules: 'Visitor badge, escorted access to the data centre',
    authorityConfirmed: true,
    guides: [{ email: 'guide@auditee.example', name: 'Gil Guide' }],
    objections: [{ memberEmail: P.secondAuditor.email, reason: 'Was our consultant for the SoA last year' }],
  }));
  await step('programme manager replaces the member', port.act('resolveObjection', as.pm, {
    memberEmail: P.secondAuditor.email,
    outcome: 'replaced',
    note: 'Independence: consultant involvement',
    replacement: { ...P.replacementAuditor, role: 'auditor' },
  }));
  await step('team leader decides the audit is feasible', port.act('decideFeasibility', as.lead, { feasible: true, reason: 'Information and people available in the planned window' }));

  // 6.3 preparing
  await step('team leader requests documents', port.act('requestDocuments', as.lead, {
    documents: [{ name: 'ISMS scope' }, { name: 'Statement of Applicability' }, { name: 'Risk treatment plan' }],
  }));
  // Document requests are numbered D-1, D-2 ... within the audit.
  for (const documentId of ['D-1', 'D-2', 'D-3']) {
    await step(`auditee supplies ${documentId}`, port.act('supplyDocument', as.rep, { documentId, reference: `dms://isms/${documentId}` }));
  }
  await step('team leader records the document review', port.act('recordDocumentReview', as.lead, { adequate: true, concerns: ['SoA justification for A.8.16 is thin'] }));
  await step('team leader generates checklist items', port.act('addChecklistItems', as.lead, {
    generate: { standard: 'ISO/IEC 27001:2022', clauses: ['6.1.2', '9.2'], controls: ['A.5.15', 'A.8.15'] },
  }));
  await step('team leader assigns work', port.act('assignWork', as.lead, {
    assignments: [
      { auditor: P.auditor.email, area: 'Access management (A.5.15)', checklistItemIds: ['C-1'] },
      { auditor: P.replacementAuditor.email, area: 'Logging (A.8.15)' },
    ],
  }));
  await step('team leader drafts plan version 1', port.act('draftPlan', as.lead, { content: samplePlan(now) }));
  await step('team leader presents the plan', port.act('presentPlan', as.lead, {}));
  await step('auditee objects to the plan', port.act('answerPlan', as.rep, { accepted: false, objection: 'Opening day clashes with a release freeze' }));
  await step('team leader drafts plan version 2', port.act('draftPlan', as.lead, { content: { ...samplePlan(now), locations: ['Main data centre'] } }));
  await step('team leader presents the plan again', port.act('presentPlan', as.lead, {}));
  await step('auditee accepts the plan', port.act('answerPlan', as.rep, { accepted: true }));
  await step('team leader schedules the opening meeting', port.act('scheduleMeeting', as.lead, sampleMeeting('opening', now)));
  await step('team leader schedules the closing meeting', port.act('scheduleMeeting', as.lead, sampleMeeting('closing', now)));

  // 6.4 conducting
  await step('opening meeting held', port.act('holdOpeningMeeting', as.lead, { attendance: [P.teamLeader.email, P.auditor.email, P.auditeeRepresentative.email], minutes: 'Plan confirmed; grading explained' }));
  const evidence1 = subject(await step('auditor records interview evidence', port.act('recordEvidence', as.auditor, {
    checklistItemId: 'C-1', kind: 'interview', description: 'Access reviews are not performed for privileged accounts', reference: 'Interview with the IAM lead',
  })), 'evidence.recorded');
  const evidence2 = subject(await step('auditor records a technical test', port.act('recordEvidence', as.auditor, {
    checklistItemId: 'C-1', kind: 'technical-test', description: '7 of 40 sampled accounts belong to leavers',
    sampling: '40 of 1,200 accounts at random', authorisation: { authorisedBy: 'CISO', reference: 'AUTH-2027-14' },
  })), 'evidence.recorded');
  const major = subject(await step('auditor records a major nonconformity', port.act('recordFinding', as.auditor, {
    grade: 'major-nonconformity', criterion: 'A.5.18', statement: 'Access rights are not reviewed or revoked on leaving', evidenceIds: [evidence1, evidence2],
  })), 'finding.recorded');
  const minor = subject(await step('auditor records a minor nonconformity', port.act('recordFinding', as.auditor, {
    grade: 'minor-nonconformity', criterion: '9.2', statement: 'One internal audit report lacked the auditor independence statement', evidenceIds: [evidence1],
  })), 'finding.recorded');
  await step('auditor records an observation', port.act('recordFinding', as.auditor, { grade: 'observation', criterion: 'A.8.15', statement: 'Log retention is close to the minimum' }));
  const extra: string[] = [];
  for (let index = 1; index <= (options.extraNonconformities ?? 0); index += 1) {
    extra.push(subject(await step(`auditor records extra nonconformity ${index}`, port.act('recordFinding', as.auditor, {
      grade: 'minor-nonconformity', criterion: 'A.5.18', statement: `Sampled account ${index} kept its access after a role change`, evidenceIds: [evidence2],
    })), 'finding.recorded'));
  }
  await step('auditee acknowledges the major nonconformity', port.act('respondToFinding', as.rep, { findingId: major, acknowledged: true }));
  await step('auditee disputes the minor nonconformity', port.act('respondToFinding', as.rep, { findingId: minor, acknowledged: false, disagreement: 'The statement is in the appendix' }));
  for (const findingId of extra) {
    await step(`auditee acknowledges ${findingId}`, port.act('respondToFinding', as.rep, { findingId, acknowledged: true }));
  }
  await step('team leader records conclusions', port.act('recordConclusions', as.lead, { conformityDegree: 'Largely conforming', effectiveness: 'Access control not effective', objectivesMet: true }));
  await step('closing meeting held', port.act('holdClosingMeeting', as.lead, {
    attendance: [P.teamLeader.email, P.auditeeRepresentative.email, P.auditeeManager.email], minutes: 'Findings presented', divergingOpinions: ['Auditee disputes the minor nonconformity'],
  }));
  await step('team leader upholds the disputed minor nonconformity', port.act('resolveDispute', as.lead, {
    findingId: minor, outcome: 'upheld', reason: 'The appendix holds the statement for one report only',
  }));

  // 6.5 report, 6.6 completing
  await step('team leader drafts the report', port.act('draftReport', as.lead, { content: { summary: 'One major and one minor nonconformity; access control needs work.' } }));
  await step('programme manager reviews the report', port.act('reviewReport', as.pm, { comments: 'Clear; add the sampling method' }));
  await step('team leader approves the report', port.act('approveReport', as.lead, {}));
  await step('team leader issues the report', port.act('issueReport', as.lead, { recipients: [P.programmeManager.email, P.auditeeManager.email] }));
  await step('team leader completes the audit', port.act('completeAudit', as.lead, { retention: 'retain', retainUntil: new Date(now + 3 * 365 * 86_400_000).toISOString(), lessonsLearned: ['Ask for the SoA earlier'] }));
  return { major, minor, extra };
}

/** 6.7 for the sample's two nonconformities, through a returned plan and a failed effectiveness check. */
async function followUpSampleFindings(port: AuditPort, step: Step, major: string, minor: string): Promise<void> {
  await step(`auditee submits a plan for ${major}`, port.followUp(major, 'submitActionPlan', as.rep, { correction: 'Leavers disabled', rootCause: 'No HR feed', actionPlan: 'Quarterly reviews' }));
  await step(`team leader returns the plan for ${major}`, port.followUp(major, 'reviewActionPlan', as.lead, { accept: false, reason: 'Root cause analysis too shallow' }));
  await step(`auditee resubmits the plan for ${major}`, port.followUp(major, 'submitActionPlan', as.rep, { correction: 'Leavers disabled', rootCause: 'No HR to IAM integration', actionPlan: 'Automate deprovisioning' }));
  await step(`team leader accepts the plan for ${major}`, port.followUp(major, 'reviewActionPlan', as.lead, { accept: true }));
  await step(`auditee delivers evidence for ${major}`, port.followUp(major, 'submitImplementationEvidence', as.rep, { description: 'Integration live', references: ['CHG-1001'] }));
  await step(`auditor finds ${major} not effective`, port.followUp(major, 'verifyEffectiveness', as.auditor, { effective: false, note: 'Two leavers still active' }));
  await step(`auditee submits a new plan for ${major}`, port.followUp(major, 'submitActionPlan', as.rep, { correction: 'Accounts disabled', rootCause: 'Contractors not in HR feed', actionPlan: 'Add contractors' }));
  await step(`team leader accepts the new plan for ${major}`, port.followUp(major, 'reviewActionPlan', as.lead, { accept: true }));
  await step(`auditee delivers new evidence for ${major}`, port.followUp(major, 'submitImplementationEvidence', as.rep, { description: 'Contractors included', references: ['CHG-1042'] }));
  await step(`auditor verifies ${major} effective`, port.followUp(major, 'verifyEffectiveness', as.auditor, { effective: true, note: 'No leaver accounts in a new sample' }));
  await step(`auditee submits a plan for ${minor}`, port.followUp(minor, 'submitActionPlan', as.rep, { rootCause: 'Template missing the field', actionPlan: 'Update template' }));
  await step(`team leader accepts the plan for ${minor}`, port.followUp(minor, 'reviewActionPlan', as.lead, { accept: true }));
  await step(`auditee delivers evidence for ${minor}`, port.followUp(minor, 'submitImplementationEvidence', as.rep, { description: 'Template v3', references: ['DOC-77'] }));
  await step(`auditor verifies ${minor} effective`, port.followUp(minor, 'verifyEffectiveness', as.auditor, { effective: true, note: 'Template in use' }));
}
