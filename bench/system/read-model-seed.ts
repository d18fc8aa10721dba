import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { SAMPLE_AUDITEE_UNIT, SAMPLE_PEOPLE as P } from '@auditflow/samples';

/**
 * A read model the size of a long-running organisation, written straight into its tables in bulk: audits over several
 * programmes and six years (most closed, some in every phase, a few cancelled), their teams, latest tasks (open,
 * overdue, done), findings, corrective actions and timeline lines, shaped like the projection writes them. The sample
 * people are in it the way the access rules look for them: the sample programme manager manages three of the eight
 * programmes, the sample compliance lead leads five, the sample auditee's people are the auditee of every audit of
 * "IT Operations", the sample auditors sit on some teams. Deterministic apart from the audit ids.
 */
export interface SeedSize {
  /** Audits the read model holds afterwards (those already there count). */
  audits: number;
  /** Timeline lines written for each new audit. */
  eventsPerAudit: number;
  /** Tasks kept for each new audit: every waiting one, and its latest others up to this many. */
  tasksPerAudit: number;
}

export interface Seeded {
  programmes: number;
  audits: number;
  tasks: number;
  findings: number;
  correctiveActions: number;
  events: number;
  ms: number;
}

const PROGRAMME_COUNT = 8;
/** The seeded programmes' ids are fixed, so a list can be filtered by one and seeding twice adds no programme. */
const programmeId = (index: number) => `b0000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;

/** The list reads to measure, as any reader: each is scoped to what that reader may see. */
export function listEndpoints(): string[] {
  const unit = encodeURIComponent(SAMPLE_AUDITEE_UNIT);
  return [
    '/audits',
    '/audits?phase=following-up',
    '/audits?overdue=true',
    `/audits?auditeeUnit=${unit}`,
    `/audits?programmeId=${programmeId(0)}`,
    '/tasks',
    '/tasks?state=open,overdue',
    '/tasks?overdue=true',
    `/tasks?assignee=${encodeURIComponent(P.auditeeRepresentative.email)}`,
    '/tasks/overdue',
    '/findings',
    '/findings?grade=major-nonconformity,minor-nonconformity',
    '/corrective-actions',
    '/corrective-actions?overdue=true',
    '/programmes',
  ];
}

const DAY = 86_400_000;
const BATCH = 2_000;

/** Fills the read model of `databaseUrl` (migrated) up to `size.audits` audits, in one transaction, then analyses it. */
export async function seedReadModel(databaseUrl: string, size: SeedSize): Promise<Seeded> {
  const started = Date.now();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ count }] = (await client.query<{ count: number }>('SELECT count(*)::int AS count FROM audits')).rows;
    const wanted = Math.max(0, size.audits - count);
    const world = organisation();
    const rows = new Rows();
    const random = mulberry32(count + 1);
    for (let index = 0; index < wanted; index++) auditOf(world, random, size, rows, Date.now());
    await client.query('BEGIN');
    await insert(client, 'programmes', PROGRAMME_COLUMNS, world.programmes.map(programmeRow), 'ON CONFLICT (id) DO NOTHING');
    await insert(client, 'audits', AUDIT_COLUMNS, rows.audits);
    await insert(client, 'audit_team_members', TEAM_COLUMNS, rows.team);
    await insert(client, 'audit_tasks', TASK_COLUMNS, rows.tasks);
    await insert(client, 'audit_findings', FINDING_COLUMNS, rows.findings);
    await insert(client, 'corrective_actions', CORRECTIVE_ACTION_COLUMNS, rows.correctiveActions);
    await insert(client, 'audit_follow_ups', FOLLOW_UP_COLUMNS, rows.followUps);
    await insert(client, 'audit_events', EVENT_COLUMNS, rows.events);
    await client.query('COMMIT');
    // Statistics and visibility maps as autovacuum keeps them in a database that grew to this size: the planner's
    // choices, and index-only scans, are then what is measured.
    await client.query('VACUUM (ANALYZE) programmes, audits, audit_team_members, audit_tasks, audit_findings, corrective_actions, audit_follow_ups, audit_events');
    return {
      programmes: world.programmes.length,
      audits: rows.audits.length,
      tasks: rows.tasks.length,
      findings: rows.findings.length,
      correctiveActions: rows.correctiveActions.length,
      events: rows.events.length,
      ms: Date.now() - started,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Bulk insert: one statement per batch, each column sent as one array and unnested (no row-by-row round trips).

type Column = readonly [name: string, type: string];
type Row = readonly unknown[];

async function insert(client: Client, table: string, columns: readonly Column[], rows: readonly Row[], suffix = ''): Promise<void> {
  const names = columns.map(([name]) => name).join(', ');
  // jsonb arrays travel as text arrays: node-postgres serialises a JS array of strings, PostgreSQL casts each element.
  const unnested = columns.map(([, type], index) => (type === 'jsonb' ? `$${index + 1}::text[]::jsonb[]` : `$${index + 1}::${type}[]`)).join(', ');
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const values = columns.map((_column, index) => batch.map((row) => row[index] ?? null));
    await client.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${unnested}) ${suffix}`, values);
  }
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
const iso = (ms: number) => new Date(ms).toISOString();

// ---------------------------------------------------------------------------------------------------------------------
// The organisation: programmes, units with their auditee people, the auditor pool.

interface Person {
  email: string;
  name: string;
}

interface Programme {
  id: string;
  name: string;
  manager: Person;
  complianceLead: Person;
}

interface Unit {
  name: string;
  representative: Person;
  manager: Person;
}

interface Auditor extends Person {
  unit: string;
}

interface Organisation {
  programmes: Programme[];
  units: Unit[];
  auditors: Auditor[];
}

const UNITS = [
  SAMPLE_AUDITEE_UNIT,
  'Human Resources',
  'Finance',
  'Procurement',
  'Software Development',
  'Customer Support',
  'Facilities',
  'Legal',
  'Data Centre Frankfurt',
  'Cloud Platform',
  'Network Services',
  'Sales',
  'Marketing',
  'Payroll',
  'Research',
  'Logistics',
  'Service Desk',
  'Supplier Management',
  'Identity and Access',
  'Business Continuity',
];

const PROGRAMME_NAMES = [
  'Internal ISMS audit programme',
  'Supplier security audits',
  'Data centre and facilities audits',
  'Cloud services assurance',
  'Privacy and records audits',
  'Business continuity audits',
  'Software development security audits',
  'Surveillance readiness programme',
];

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function organisation(): Organisation {
  const programmes = PROGRAMME_NAMES.slice(0, PROGRAMME_COUNT).map((name, index) => ({
    id: programmeId(index),
    name: `${name} (benchmark)`,
    manager: index < 3 ? P.programmeManager : { email: `pm-${index + 1}@bench.auditflow.example`, name: `Programme Manager ${index + 1}` },
    complianceLead: index < 5 ? P.complianceLead : { email: `compliance-${index + 1}@bench.auditflow.example`, name: `Compliance Lead ${index + 1}` },
  }));
  const units = UNITS.map((name) =>
    name === SAMPLE_AUDITEE_UNIT
      ? { name, representative: P.auditeeRepresentative, manager: P.auditeeManager }
      : { name, representative: { email: `rep.${slug(name)}@auditee.example`, name: `${name} Representative` }, manager: { email: `head.${slug(name)}@auditee.example`, name: `Head of ${name}` } },
  );
  const auditors: Auditor[] = [P.teamLeader, P.auditor, P.secondAuditor, P.replacementAuditor].map((person) => ({ ...person }));
  const auditorUnits = ['Internal Audit', 'Risk Office', 'Group Security'];
  for (let index = 1; index <= 20; index++) {
    auditors.push({ email: `auditor-${index}@bench.auditflow.example`, name: `Bench Auditor ${index}`, unit: auditorUnits[index % auditorUnits.length]! });
  }
  return { programmes, units, auditors };
}

const PROGRAMME_COLUMNS: Column[] = [
  ['id', 'uuid'],
  ['name', 'text'],
  ['description', 'text'],
  ['objectives', 'jsonb'],
  ['risks', 'jsonb'],
  ['extent', 'text'],
  ['manager_email', 'text'],
  ['manager_name', 'text'],
  ['compliance_lead_email', 'text'],
  ['compliance_lead_name', 'text'],
  ['status', 'text'],
  ['approved_by', 'text'],
  ['approved_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];

function programmeRow(programme: Programme): Row {
  const at = iso(Date.now() - 6 * 365 * DAY);
  return [
    programme.id,
    programme.name,
    'Seeded by the system benchmark: a programme of a long-running organisation.',
    json(['Certification readiness for ISO/IEC 27001:2022', 'Verify corrective actions of earlier audits']),
    json([{ description: 'Auditee availability during year-end freeze', treatment: 'Schedule fieldwork outside December' }]),
    'Several audits a quarter',
    programme.manager.email,
    programme.manager.name,
    programme.complianceLead.email,
    programme.complianceLead.name,
    'approved',
    'Audit client (board)',
    at,
    at,
    at,
  ];
}

// ---------------------------------------------------------------------------------------------------------------------
// One audit: where it stands (from its planned dates), its team, tasks, findings, corrective actions and timeline.

type Phase = 'initiating' | 'preparing' | 'conducting' | 'reporting' | 'completing' | 'following-up' | 'closed' | 'cancelled';

interface Step {
  kind: string;
  role: 'auditee-representative' | 'team-leader' | 'programme-manager' | 'auditor';
  title: string;
  phase: Phase;
  subjectId?: string;
  /** Timeline line of the step taken (besides the task's own lines). */
  done: { type: string; summary: string };
}

/** An audit's steps in order, each a task; `reached` of them are open or done by its phase. */
const AUDIT_STEPS: Step[] = [
  { kind: 'acknowledge-contact', role: 'auditee-representative', phase: 'initiating', title: 'Acknowledge the audit: objectives, scope, criteria and team', done: { type: 'contact.acknowledged', summary: 'Auditee acknowledged the audit contact via e-mail' } },
  { kind: 'decide-feasibility', role: 'team-leader', phase: 'initiating', title: 'Decide whether the audit is feasible', done: { type: 'feasibility.decided', summary: 'Audit judged feasible: information and people available in the planned window' } },
  { kind: 'supply-documents', role: 'auditee-representative', phase: 'preparing', title: 'Supply documents: ISMS scope, Statement of Applicability, Risk treatment plan', done: { type: 'document.supplied', summary: 'Statement of Applicability supplied' } },
  { kind: 'review-documents', role: 'team-leader', phase: 'preparing', title: 'Review the supplied documents', done: { type: 'documents.reviewed', summary: 'Documents reviewed: adequate' } },
  { kind: 'issue-plan', role: 'team-leader', phase: 'preparing', title: 'Prepare and agree the audit plan', done: { type: 'plan.presented', summary: 'Audit plan version 1 presented to the auditee' } },
  { kind: 'answer-plan', role: 'auditee-representative', phase: 'preparing', title: 'Accept or object to audit plan version 1', done: { type: 'plan.accepted', summary: 'Audit plan version 1 accepted' } },
  { kind: 'attend-meeting', role: 'auditee-representative', phase: 'conducting', subjectId: 'M-1', title: 'Attend the opening meeting', done: { type: 'meeting.held', summary: 'Opening meeting held' } },
  { kind: 'respond-to-finding', role: 'auditee-representative', phase: 'conducting', subjectId: 'F-1', title: 'Acknowledge or dispute finding F-1', done: { type: 'finding.acknowledged', summary: 'Finding F-1 acknowledged' } },
  { kind: 'review-report', role: 'programme-manager', phase: 'reporting', title: 'Review report version 1', done: { type: 'report.reviewed', summary: 'Report version 1 reviewed' } },
  { kind: 'approve-report', role: 'team-leader', phase: 'reporting', title: 'Approve report version 1', done: { type: 'report.approved', summary: 'Report version 1 approved' } },
  { kind: 'issue-report', role: 'team-leader', phase: 'reporting', title: 'Issue the audit report', done: { type: 'report.issued', summary: 'Report version 1 issued' } },
  { kind: 'complete-audit', role: 'team-leader', phase: 'completing', title: 'Complete the audit: retention of records and lessons learned', done: { type: 'audit.completed', summary: 'Audit completed' } },
];

/** A corrective action's steps, each a task of its own workflow (ids F-n.T-k). */
const FOLLOW_UP_STEPS: Omit<Step, 'phase'>[] = [
  { kind: 'submit-action-plan', role: 'auditee-representative', title: 'Submit correction, root cause and action plan', done: { type: 'action-plan.submitted', summary: 'Action plan submitted' } },
  { kind: 'review-action-plan', role: 'team-leader', title: 'Accept or return the action plan', done: { type: 'action-plan.accepted', summary: 'Action plan accepted' } },
  { kind: 'deliver-implementation-evidence', role: 'auditee-representative', title: 'Deliver evidence that the corrective action is implemented', done: { type: 'implementation.evidenced', summary: 'Implementation evidence delivered' } },
  { kind: 'verify-effectiveness', role: 'auditor', title: 'Verify the effectiveness of the corrective action', done: { type: 'corrective-action.effective', summary: 'Corrective action verified effective' } },
];

/** How many audit steps an audit in `phase` has reached (the last one open unless finished). */
const REACHED: Record<Phase, [number, number]> = {
  initiating: [1, 2],
  preparing: [3, 6],
  conducting: [7, 8],
  reporting: [9, 11],
  completing: [12, 12],
  'following-up': [12, 12],
  closed: [12, 12],
  cancelled: [1, 6],
};

const FOLLOW_UP_STATUSES = ['awaiting-plan', 'plan-submitted', 'implementing', 'evidence-submitted', 'verification-deferred'] as const;
/** Follow-up steps done in each open status. */
const FOLLOW_UP_DONE: Record<(typeof FOLLOW_UP_STATUSES)[number], number> = { 'awaiting-plan': 0, 'plan-submitted': 1, implementing: 2, 'evidence-submitted': 3, 'verification-deferred': 3 };

const GRADES: [string, number][] = [
  ['major-nonconformity', 0.1],
  ['minor-nonconformity', 0.3],
  ['observation', 0.3],
  ['opportunity-for-improvement', 0.2],
  ['good-practice', 0.05],
  ['conformity', 0.05],
];

const FINDINGS: [criterion: string, statement: string][] = [
  ['A.5.18', 'Access rights are not reviewed or revoked on leaving'],
  ['A.8.15', 'Log retention is close to the minimum'],
  ['A.5.9', 'The asset inventory misses the new cloud subscriptions'],
  ['A.8.8', 'Critical patches were applied later than the policy allows'],
  ['A.5.24', 'The incident response plan was not tested this year'],
  ['A.8.13', 'Restores from backup are not tested'],
  ['A.6.3', 'Security awareness training is overdue for a third of staff'],
  ['A.5.19', 'Supplier security requirements are missing from two contracts'],
  ['9.2', 'The internal audit programme does not cover every clause within the cycle'],
  ['6.1.3', 'The Statement of Applicability does not justify two exclusions'],
  ['A.8.32', 'Emergency changes are not reviewed after the fact'],
  ['A.7.4', 'Physical access logs are not monitored'],
];

class Rows {
  audits: Row[] = [];
  team: Row[] = [];
  tasks: Row[] = [];
  findings: Row[] = [];
  correctiveActions: Row[] = [];
  followUps: Row[] = [];
  events: Row[] = [];
}

interface Assignees {
  'auditee-representative': string;
  'team-leader': string;
  'programme-manager': string;
  auditor: string;
}

interface TaskRecord {
  id: string;
  workflowId: string;
  step: Omit<Step, 'phase'>;
  phase: Phase;
  assignee: string;
  subjectId?: string;
  createdAt: number;
  dueAt: number;
  state: 'open' | 'overdue' | 'done' | 'cancelled';
  closedAt?: number;
}

/** Where an audit planned to start `days` from now stands (cancelled and long-running follow-ups aside). */
function phaseAt(days: number): Phase {
  if (days > 45) return 'initiating';
  if (days > 10) return 'preparing';
  if (days > -3) return 'conducting';
  if (days > -30) return 'reporting';
  if (days > -45) return 'completing';
  if (days > -240) return 'following-up';
  return 'closed';
}

function auditOf(world: Organisation, random: () => number, size: SeedSize, rows: Rows, now: number): void {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + random() * (high - low);
  const auditId = randomUUID();
  const workflowId = `audit-${auditId}`;
  const programme = pick(world.programmes);
  const unit = pick(world.units);
  const plannedStart = Math.floor(now + between(-6 * 365, 120) * DAY);
  const plannedEnd = plannedStart + Math.floor(between(1, 4)) * DAY + 8 * 3_600_000;
  const createdAt = plannedStart - Math.floor(between(45, 90) * DAY);
  let phase: Phase = random() < 0.03 ? 'cancelled' : phaseAt((plannedStart - now) / DAY);
  // Some corrective actions run for years: a few old audits are still following up.
  if (phase === 'closed' && random() < 0.03) phase = 'following-up';

  const team = [pick(world.auditors), pick(world.auditors), pick(world.auditors)].filter((member, index, all) => all.findIndex((other) => other.email === member.email) === index);
  const leader = team[0]!;
  const auditor = team[1] ?? leader;
  const assignees: Assignees = { 'auditee-representative': unit.representative.email, 'team-leader': leader.email, 'programme-manager': programme.manager.email, auditor: auditor.email };
  const title = `${unit.name} ISMS audit ${iso(plannedStart).slice(0, 10)}`;
  const finished = phase === 'closed' || phase === 'cancelled';

  // Findings from fieldwork on; an audit following up has at least one nonconformity.
  const [lowest, highest] = REACHED[phase];
  const reached = Math.round(between(lowest, highest));
  const findings: { id: string; grade: string; criterion: string; statement: string; recordedAt: number }[] = [];
  if (reached >= 7 && phase !== 'cancelled') {
    const count = Math.floor(between(0, 5));
    for (let index = 1; index <= count; index++) {
      const [criterion, statement] = pick(FINDINGS);
      findings.push({ id: `F-${index}`, grade: weighted(random, GRADES), criterion, statement, recordedAt: Math.min(now, plannedStart + index * 3_600_000) });
    }
  }
  const nonconformities = findings.filter((finding) => finding.grade.endsWith('nonconformity'));
  if (phase === 'following-up' && nonconformities.length === 0) phase = 'closed';

  // The audit's steps up to where it stands: done, and the last open (overdue when past due) unless it is finished.
  const span = Math.max(DAY, (Math.min(now, plannedEnd + 30 * DAY) - createdAt) / Math.max(reached, 1));
  const tasks: TaskRecord[] = AUDIT_STEPS.slice(0, reached).map((step, index) => {
    const taskCreated = Math.floor(createdAt + index * span);
    return { id: `T-${index + 1}`, workflowId, step, phase: step.phase, assignee: assignees[step.role], subjectId: step.subjectId, createdAt: taskCreated, dueAt: taskCreated + 7 * DAY, state: 'done', closedAt: taskCreated + Math.floor(between(0.2, 6) * DAY) };
  });
  const last = tasks.at(-1);
  if (last && !finished && phase !== 'following-up') openTask(last, now, random);
  if (last && phase === 'cancelled') {
    last.state = 'cancelled';
    last.closedAt = last.createdAt + DAY;
  }

  // Corrective actions: one workflow per nonconformity, closed with a closed audit, somewhere along the way otherwise.
  for (const finding of phase === 'following-up' || phase === 'closed' ? nonconformities : []) {
    const followUpId = `${workflowId}-followup-${finding.id}`;
    const openedAt = Math.min(now - DAY, plannedEnd + 30 * DAY);
    const status = phase === 'closed' || random() < 0.2 ? 'closed' : pick(FOLLOW_UP_STATUSES);
    const doneSteps = status === 'closed' ? FOLLOW_UP_STEPS.length : FOLLOW_UP_DONE[status];
    const stepSpan = Math.max(DAY, (now - openedAt) / (doneSteps + 1));
    FOLLOW_UP_STEPS.slice(0, Math.min(FOLLOW_UP_STEPS.length, doneSteps + 1)).forEach((step, index) => {
      const taskCreated = Math.floor(openedAt + index * stepSpan);
      const task: TaskRecord = { id: `${finding.id}.T-${index + 1}`, workflowId: followUpId, step, phase: 'following-up', assignee: assignees[step.role], subjectId: finding.id, createdAt: taskCreated, dueAt: taskCreated + (step.kind === 'deliver-implementation-evidence' ? 90 : 14) * DAY, state: 'done', closedAt: taskCreated + Math.floor(between(0.5, 10) * DAY) };
      if (index === doneSteps) openTask(task, now, random);
      tasks.push(task);
    });
    const open = status !== 'closed';
    const nextDue = open ? tasks.at(-1)!.dueAt : undefined;
    const closedAt = open ? undefined : tasks.at(-1)!.closedAt;
    rows.correctiveActions.push([
      auditId, finding.id, followUpId, finding.grade, status, 1, iso(openedAt), closedAt === undefined ? null : iso(closedAt), nextDue === undefined ? null : iso(nextDue),
      json(doneSteps >= 1 ? [{ round: 1, rootCause: 'Process step missing', actionPlan: 'Add the step and train the team', submittedAt: iso(openedAt + DAY), submittedBy: assignees['auditee-representative'], ...(doneSteps >= 2 ? { review: { at: iso(openedAt + 2 * DAY), by: leader.email, accepted: true } } : {}) }] : []),
      json(doneSteps >= 3 ? [{ round: 1, references: ['DOC-77'], description: 'Procedure v2 in force', submittedAt: iso(openedAt + 30 * DAY), submittedBy: assignees['auditee-representative'] }] : []),
      json(status === 'closed' ? [{ round: 1, effective: true, note: 'Verified on a sample', verifiedAt: iso(closedAt!), verifiedBy: auditor.email }] : []),
      json(status === 'verification-deferred' ? [{ round: 1, until: iso(nextDue!), reason: 'Effectiveness shows after the next quarter', decidedAt: iso(now - DAY), decidedBy: auditor.email }] : []),
      0,
      iso(Math.min(now, closedAt ?? now)),
    ]);
    rows.followUps.push([auditId, finding.id, followUpId, open ? 'open' : 'closed', closedAt === undefined ? null : iso(closedAt), 0, iso(Math.min(now, closedAt ?? now))]);
  }

  // Every waiting task is kept, and the latest others up to the seed's size; ids as the workflows gave them.
  const waiting = tasks.filter((task) => task.state === 'open' || task.state === 'overdue');
  const others = tasks.filter((task) => !waiting.includes(task));
  const kept = [...others.slice(Math.max(0, others.length - Math.max(0, size.tasksPerAudit - waiting.length))), ...waiting];
  const nextDueAt = waiting.length ? Math.min(...waiting.map((task) => task.dueAt)) : undefined;
  for (const task of kept) {
    rows.tasks.push([
      auditId, task.id, task.workflowId, task.step.kind, `${task.step.title}`, task.assignee, task.step.role, task.subjectId ?? null, iso(task.dueAt), 1, task.state,
      task.state === 'overdue' ? Math.min(3, Math.floor((now - task.dueAt) / (7 * DAY)) + 1) : 0,
      iso(task.createdAt), task.closedAt === undefined ? null : iso(task.closedAt), 0, iso(task.closedAt ?? task.createdAt),
    ]);
  }

  const definition = {
    auditId,
    programmeId: programme.id,
    title,
    objectives: ['Determine conformity of the ISMS with ISO/IEC 27001:2022', `Evaluate the effectiveness of controls in ${unit.name}`],
    scope: { units: [unit.name], sites: ['Main site'], processes: ['Change management', 'Access management'], period: 'last 12 months' },
    criteria: ['ISO/IEC 27001:2022 clauses 4-10', 'Statement of Applicability'],
    method: 'blended',
    plannedStart: iso(plannedStart),
    plannedEnd: iso(plannedEnd),
    auditee: { unit: unit.name, representative: unit.representative, manager: unit.manager },
    team: team.map((member, index) => ({ email: member.email, name: member.name, role: index === 0 ? 'team-leader' : 'auditor', unit: member.unit, ownWork: [] })),
    programmeManager: programme.manager,
    complianceLead: programme.complianceLead,
  };
  const doneAt = (kind: string) => tasks.find((task) => task.step.kind === kind && task.state === 'done')?.closedAt;
  const stepAt = (kind: string) => {
    const at = doneAt(kind);
    return at === undefined ? undefined : iso(at);
  };
  const reportDueAt = reached >= 9 ? iso(plannedEnd + 14 * DAY) : undefined;
  const header = {
    phase,
    createdAt: iso(createdAt),
    definition,
    objections: [],
    urgentRisks: [],
    scopeChanges: [],
    auditeeDelegates: [],
    contactEstablished: { at: iso(createdAt + 3_600_000), by: leader.email, channels: ['e-mail'], planningInformationRequested: ['ISMS scope and Statement of Applicability'] },
    ...(stepAt('acknowledge-contact') ? { contact: { channels: ['e-mail'], acknowledgedAt: stepAt('acknowledge-contact'), acknowledgedBy: unit.representative.email, authorityConfirmed: true, confidentialityAgreed: true, guides: [], observers: [] } } : {}),
    ...(stepAt('decide-feasibility') ? { feasibility: { feasible: true, reason: 'Information and people available in the planned window', decidedAt: stepAt('decide-feasibility'), decidedBy: leader.email } } : {}),
    ...(stepAt('review-documents') ? { documentReview: { adequate: true, concerns: [], reviewedAt: stepAt('review-documents'), reviewedBy: leader.email } } : {}),
    ...(reached >= 9 ? { conclusions: { recordedAt: iso(plannedEnd), recordedBy: leader.email, objectivesMet: true, conformityDegree: 'Largely conforming', effectiveness: 'Effective with exceptions' } } : {}),
    ...(reportDueAt ? { reportDueAt } : {}),
    ...(stepAt('complete-audit') ? { completion: { completedAt: stepAt('complete-audit'), completedBy: leader.email, retention: 'retain', retainUntil: iso(plannedEnd + 3 * 365 * DAY), lessonsLearned: ['Ask for the SoA earlier'] } } : {}),
    ...(phase === 'cancelled' ? { cancellation: { reason: 'Unit reorganised; audit moved to next cycle', at: iso(tasks.at(-1)?.closedAt ?? createdAt), by: programme.manager.email } } : {}),
    ...(nextDueAt === undefined ? {} : { nextDueAt: iso(nextDueAt) }),
  };
  const updatedAt = Math.min(now, Math.max(createdAt, ...tasks.map((task) => task.closedAt ?? task.createdAt)));
  rows.audits.push([
    auditId, workflowId, programme.id, title, phase, unit.name, unit.representative.email, unit.manager.email, programme.manager.email, programme.complianceLead.email,
    iso(plannedStart), iso(plannedEnd), reportDueAt ?? null, nextDueAt === undefined ? null : iso(nextDueAt), json(definition), json(header),
    phase === 'cancelled' ? 'Unit reorganised; audit moved to next cycle' : null, 0, iso(createdAt), iso(updatedAt),
  ]);
  team.forEach((member, index) => rows.team.push([auditId, member.email, member.name, index === 0 ? 'team-leader' : 'auditor', member.unit, 0]));
  for (const finding of findings) {
    rows.findings.push([
      auditId, finding.id, finding.grade, finding.criterion, finding.statement, json(['E-1']), auditor.email, iso(finding.recordedAt),
      reached >= 8 ? json({ at: iso(finding.recordedAt + DAY), by: unit.representative.email, acknowledged: true }) : null, 0, iso(finding.recordedAt),
    ]);
  }
  timelineOf({ auditId, workflowId, title, phase, createdAt, plannedStart, programme, unit, tasks, size, now }, rows);
}

/** The step's task is the one waiting: open, or overdue when past due (mostly marked so by the workflow's clock). */
function openTask(task: TaskRecord, now: number, random: () => number): void {
  task.createdAt = Math.floor(now - random() * 10 * DAY);
  task.dueAt = task.createdAt + (task.step.kind === 'deliver-implementation-evidence' ? 60 : 7) * DAY;
  task.closedAt = undefined;
  task.state = task.dueAt < now && random() < 0.8 && task.step.kind !== 'attend-meeting' ? 'overdue' : 'open';
}

function weighted(random: () => number, choices: readonly [string, number][]): string {
  let left = random();
  for (const [choice, weight] of choices) {
    left -= weight;
    if (left < 0) return choice;
  }
  return choices[0]![0];
}

/**
 * The audit's timeline: `eventsPerAudit` lines as the workflows write them, oldest first: the launch, each task
 * opened, its assignment mail, a reminder or two, the step taken and the task completed, phase changes. Mails are
 * lines of their own workflow (`mail:<dedupe key>`), as the sender activity records them.
 */
function timelineOf(
  audit: { auditId: string; workflowId: string; title: string; phase: Phase; createdAt: number; plannedStart: number; programme: Programme; unit: Unit; tasks: TaskRecord[]; size: SeedSize; now: number },
  rows: Rows,
): void {
  const { auditId, workflowId, title, createdAt, programme, tasks, size, now } = audit;
  const lines: Row[] = [];
  const seqs = new Map<string, number>();
  const line = (workflow: string, type: string, summary: string, phase: Phase, at: number, actor?: { email: string; role: string; via: string }, subjectId?: string, data?: unknown) => {
    if (lines.length >= size.eventsPerAudit) return;
    const seq = (seqs.get(workflow) ?? 0) + 1;
    seqs.set(workflow, seq);
    const occurred = Math.min(now, at);
    lines.push([auditId, workflow, seq, type, summary, phase, actor?.email ?? null, actor?.role ?? null, subjectId ?? null, json(data), iso(occurred), iso(occurred + 250), actor?.via ?? null]);
  };
  const manager = { email: programme.manager.email, role: 'programme-manager', via: 'sso' };
  line(workflowId, 'audit.created', `Audit "${title}" of ${audit.unit.name} launched`, 'initiating', createdAt, manager, undefined, { plannedStart: iso(audit.plannedStart) });
  let phase: Phase = 'initiating';
  const mail = (task: TaskRecord, kind: 'task-assigned' | 'task-reminder', at: number, key: string) => {
    const dedupeKey = `${task.workflowId}:${key}`;
    const verb = kind === 'task-assigned' ? 'New task' : 'Reminder';
    line(`mail:${dedupeKey}`, 'notification.sent', `Mail "${verb}: ${task.step.title} (${title})" sent to ${task.assignee}`, task.phase, at, undefined, task.id, {
      kind, to: [task.assignee], cc: [], attempt: 1, accepted: [task.assignee], rejected: [], dedupeKey, workflowId: task.workflowId,
    });
  };
  // Until the timeline is full: every task's lines in order, then reminders of what is still waiting.
  for (let round = 0; lines.length < size.eventsPerAudit && round < 50; round++) {
    for (const task of tasks) {
      if (round === 0) {
        if (task.phase !== phase && task.phase !== 'following-up') {
          line(workflowId, 'phase.entered', `Audit moved from ${phase} to ${task.phase}`, task.phase, task.createdAt, undefined, undefined, { from: phase, to: task.phase });
          phase = task.phase;
        }
        line(task.workflowId, 'task.opened', `Task "${task.step.title}" for ${task.assignee}, due ${iso(task.dueAt)}`, task.phase, task.createdAt, undefined, task.id, { kind: task.step.kind, role: task.step.role, dueAt: iso(task.dueAt), assignee: task.assignee });
        mail(task, 'task-assigned', task.createdAt + 60_000, `${task.id}:assigned`);
        if (task.closedAt !== undefined && task.state === 'done') {
          const actor = { email: task.assignee, role: task.step.role, via: task.step.role.startsWith('auditee') ? 'link' : 'sso' };
          line(task.workflowId, 'task.completed', `Task "${task.step.title}" completed`, task.phase, task.closedAt, actor, task.id);
          line(task.workflowId, task.step.done.type, task.step.done.summary, task.phase, task.closedAt, actor, task.subjectId);
        }
      } else if (task.state !== 'done' || round <= 2) {
        // Reminders before the due date (several for a task still waiting), as the task's clock sends them.
        mail(task, 'task-reminder', Math.max(task.createdAt, task.dueAt - round * DAY), `${task.id}:reminder:${round}`);
      }
    }
    if (round > 2 && !tasks.some((task) => task.state !== 'done')) break;
  }
  // Short of lines still (an audit just launched): the team's working notes, as evidence recorded.
  for (let index = 1; lines.length < size.eventsPerAudit; index++) {
    line(workflowId, 'evidence.recorded', `Evidence E-${index} recorded`, audit.phase === 'cancelled' ? 'initiating' : phase, createdAt + index * 3_600_000, undefined, `E-${index}`);
  }
  rows.events.push(...lines);
}

const AUDIT_COLUMNS: Column[] = [
  ['id', 'uuid'], ['workflow_id', 'text'], ['programme_id', 'uuid'], ['title', 'text'], ['phase', 'text'], ['auditee_unit', 'text'],
  ['auditee_representative_email', 'text'], ['auditee_manager_email', 'text'], ['programme_manager_email', 'text'], ['compliance_lead_email', 'text'],
  ['planned_start', 'timestamptz'], ['planned_end', 'timestamptz'], ['report_due_at', 'timestamptz'], ['next_due_at', 'timestamptz'],
  ['definition', 'jsonb'], ['header', 'jsonb'], ['cancellation_reason', 'text'], ['last_seq', 'int'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
];
const TEAM_COLUMNS: Column[] = [['audit_id', 'uuid'], ['email', 'text'], ['name', 'text'], ['role', 'text'], ['unit', 'text'], ['last_seq', 'int']];
const TASK_COLUMNS: Column[] = [
  ['audit_id', 'uuid'], ['id', 'text'], ['workflow_id', 'text'], ['kind', 'text'], ['title', 'text'], ['assignee', 'text'], ['role', 'text'], ['subject_id', 'text'],
  ['due_at', 'timestamptz'], ['due_version', 'int'], ['state', 'text'], ['escalation_level', 'int'], ['created_at', 'timestamptz'], ['closed_at', 'timestamptz'],
  ['last_seq', 'int'], ['updated_at', 'timestamptz'],
];
const FINDING_COLUMNS: Column[] = [
  ['audit_id', 'uuid'], ['id', 'text'], ['grade', 'text'], ['criterion', 'text'], ['statement', 'text'], ['evidence_ids', 'jsonb'], ['recorded_by', 'text'],
  ['recorded_at', 'timestamptz'], ['response', 'jsonb'], ['last_seq', 'int'], ['updated_at', 'timestamptz'],
];
const CORRECTIVE_ACTION_COLUMNS: Column[] = [
  ['audit_id', 'uuid'], ['finding_id', 'text'], ['workflow_id', 'text'], ['grade', 'text'], ['status', 'text'], ['round', 'int'], ['opened_at', 'timestamptz'],
  ['closed_at', 'timestamptz'], ['next_due_at', 'timestamptz'], ['plans', 'jsonb'], ['evidence', 'jsonb'], ['verifications', 'jsonb'], ['deferrals', 'jsonb'],
  ['last_seq', 'int'], ['updated_at', 'timestamptz'],
];
const FOLLOW_UP_COLUMNS: Column[] = [['audit_id', 'uuid'], ['finding_id', 'text'], ['workflow_id', 'text'], ['state', 'text'], ['closed_at', 'timestamptz'], ['last_seq', 'int'], ['updated_at', 'timestamptz']];
const EVENT_COLUMNS: Column[] = [
  ['audit_id', 'uuid'], ['workflow_id', 'text'], ['seq', 'int'], ['type', 'text'], ['summary', 'text'], ['phase', 'text'], ['actor_email', 'text'], ['actor_role', 'text'],
  ['subject_id', 'text'], ['data', 'jsonb'], ['occurred_at', 'timestamptz'], ['recorded_at', 'timestamptz'], ['actor_via', 'text'],
];

/** A small deterministic generator (mulberry32): the same seed gives the same organisation. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
