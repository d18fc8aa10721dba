// Programme monitoring (issue 13 part 4, ISO 19011 5.6): the KPIs of a programme, read from the read model, against
// a calculation in plain TypeScript over a generated data set of hundreds of audits written straight into the
// read-model tables of a fresh database.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FINDING_GRADES, FindingGrade, isNonconformity, NONCONFORMITY_GRADES } from '@auditflow/domain';
import { createDataSource, programmeKpis, ProgrammeKpis, runMigrations } from '@auditflow/persistence';
import { SAMPLE_PEOPLE as P, sampleProgramme } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { testDatabaseUrl } from '../support/test-stack';
import { TEST_ADMIN_EMAIL } from '../support/test-identity';
import { threeYearProgramme } from '../unit/programme-cycle/support/three-year-programme';
import { createOwnDatabase, insertProgramme } from './persistence/test-database';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T00:00:00Z');
const START = Date.parse('2025-01-06T09:00:00Z');
const CRITERIA = ['4.3', '6.1.2', '7.5', '9.2', '10.2', 'A.5.15', 'A.8.13', 'A.8.24'];
const GRADE_WEIGHTS: Record<FindingGrade, number> = {
  conformity: 3,
  'major-nonconformity': 1,
  'minor-nonconformity': 3,
  observation: 2,
  'opportunity-for-improvement': 2,
  'good-practice': 1,
};

/** Seeded pseudo-random numbers (a linear congruential generator), so every run generates the same data set. */
function lcg(seed: number) {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
  return {
    next,
    between: (low: number, high: number) => low + next() * (high - low),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    weighted: <K extends string>(weights: Record<K, number>): K => {
      const entries = Object.entries(weights) as Array<[K, number]>;
      let left = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [key, weight] of entries) if ((left -= weight) < 0) return key;
      return entries[entries.length - 1]![0];
    },
  };
}

/** percentile_cont: linear interpolation between the closest ranks of the ascending values. */
function percentile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const low = Math.floor(h);
  return low + 1 < sorted.length ? sorted[low]! + (h - low) * (sorted[low + 1]! - sorted[low]!) : sorted[low]!;
}

function stats(values: number[]) {
  return {
    count: values.length,
    mean: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
    p50: percentile(values, 0.5),
    p90: percentile(values, 0.9),
  };
}

type Row = Record<string, unknown>;
const iso = (ms: number) => new Date(ms).toISOString();

/** What the generator wrote, in the terms of the KPI definitions (the independent side of the comparison). */
interface Truth {
  audits: number;
  leadTimes: number[];
  findings: Array<{ grade: FindingGrade; criterion: string }>;
  closures: Record<string, number[]>;
  open: number;
  overdue: number;
  escalations: number[];
  completed: Array<{ at: number; plannedEnd: number }>;
  closed: Array<{ at: number; plannedEnd: number }>;
}

/** Writes `count` audits of the programme into the read-model tables, with their meetings, reports, findings, actions, tasks and timelines. */
async function generate(db: DataSource, programmeId: string, count: number, seed: number): Promise<Truth> {
  const random = lcg(seed);
  const truth: Truth = { audits: count, leadTimes: [], findings: [], closures: { 'major-nonconformity': [], 'minor-nonconformity': [] }, open: 0, overdue: 0, escalations: [], completed: [], closed: [] };
  const rows: Record<string, Row[]> = { audits: [], audit_meetings: [], audit_report_versions: [], audit_findings: [], corrective_actions: [], audit_tasks: [], audit_events: [] };
  const seqs = new Map<string, number>();
  const event = (auditId: string, workflowId: string, type: string, at: number, data: Row | null, subjectId: string | null = null) => {
    const seq = (seqs.get(workflowId) ?? 0) + 1;
    seqs.set(workflowId, seq);
    rows.audit_events!.push({ audit_id: auditId, workflow_id: workflowId, seq, type, summary: type, phase: 'conducting', subject_id: subjectId, data, occurred_at: iso(at) });
  };
  const task = (auditId: string, workflowId: string, id: string, dueAt: number, state: string, escalationLevel = 0) =>
    rows.audit_tasks!.push({
      audit_id: auditId, id, workflow_id: workflowId, kind: 'submit-action-plan', title: id, assignee: 'auditee@example.org', role: 'auditee-representative',
      due_at: iso(dueAt), due_version: 1, state, escalation_level: escalationLevel, created_at: iso(dueAt - 14 * DAY), closed_at: null, last_seq: 1, updated_at: iso(dueAt),
    });

  for (let index = 0; index < count; index++) {
    const id = randomUUID();
    const workflowId = `audit-${id}`;
    const plannedStart = START + Math.floor(random.between(0, 480)) * DAY;
    const plannedEnd = plannedStart + Math.floor(random.between(5, 30)) * DAY;
    const phase = random.weighted({ closed: 40, 'following-up': 25, completing: 8, reporting: 10, conducting: 10, preparing: 2, cancelled: 5 });
    const reported = ['reporting', 'completing', 'following-up', 'closed'].includes(phase);
    const completed = phase === 'following-up' || phase === 'closed';
    rows.audits!.push({
      id, workflow_id: workflowId, programme_id: programmeId, title: `Audit ${index}`, phase, auditee_unit: random.pick(['IT', 'HR', 'Finance']),
      auditee_representative_email: 'auditee@example.org', auditee_manager_email: 'manager@example.org', programme_manager_email: 'pm@example.org',
      compliance_lead_email: 'lead@example.org', planned_start: iso(plannedStart), planned_end: iso(plannedEnd), definition: {}, header: {}, last_seq: 1,
      created_at: iso(plannedStart - 30 * DAY), updated_at: iso(plannedEnd),
    });
    const meeting = (meetingId: string, kind: string, at: number, held: boolean) =>
      rows.audit_meetings!.push({
        audit_id: id, id: meetingId, kind, title: kind, starts_at: iso(at), ends_at: iso(at + 3_600_000), time_zone: 'Europe/Berlin', location: 'Room 1',
        organizer: { email: 'leader@example.org', name: 'Leader' }, attendees: [], sequence: 0, status: held ? 'held' : 'scheduled',
        held: held ? { attendance: ['leader@example.org'], minutes: 'Minutes', at: iso(at + 3_600_000) } : null, last_seq: 1, updated_at: iso(at),
      });
    if (phase !== 'preparing') meeting('M-1', 'opening', plannedStart, true);
    if (phase === 'cancelled' || phase === 'preparing') continue;

    // The closing meeting: held in most audits past conducting, only scheduled in some.
    const closingHeld = reported && random.chance(0.92);
    const closingAt = plannedEnd - Math.round(random.between(-2, 15) * DAY);
    meeting('M-2', 'closing', closingAt, closingHeld);
    const heldAt = closingAt + 3_600_000;
    // Report versions: the earlier ones drafts, later ones issued (reissues after the first); none issued while reporting.
    let issuedAt: number | undefined;
    const versions = reported ? 1 + Math.floor(random.between(0, 3)) : 0;
    let at = heldAt + random.between(0.2, 20) * DAY;
    for (let version = 1; version <= versions; version++) {
      const issued = phase !== 'reporting' && (version === versions || random.chance(0.5));
      if (issued && issuedAt === undefined) issuedAt = at;
      rows.audit_report_versions!.push({
        audit_id: id, version, content: {}, status: issued ? 'issued' : 'draft', drafted_by: 'leader@example.org', drafted_at: iso(at - DAY),
        issue: issued ? { at: iso(at), by: 'leader@example.org', recipients: ['client@example.org'] } : null, last_seq: 1, updated_at: iso(at),
      });
      at += random.between(1, 15) * DAY;
    }
    if (closingHeld && issuedAt !== undefined) truth.leadTimes.push((issuedAt - heldAt) / DAY);

    // Findings: mixed grades and criteria; a few disputed nonconformities withdrawn, others upheld.
    const nonconformities: Array<{ findingId: string; grade: FindingGrade }> = [];
    const findingCount = Math.floor(random.between(0, 9));
    for (let number = 1; number <= findingCount; number++) {
      const findingId = `F-${number}`;
      const grade = random.weighted(GRADE_WEIGHTS);
      const criterion = random.pick(CRITERIA);
      const disputed = isNonconformity(grade) && random.chance(0.2);
      const withdrawn = disputed && random.chance(0.5);
      rows.audit_findings!.push({
        audit_id: id, id: findingId, grade, criterion, statement: 'Statement', recorded_by: 'auditor@example.org', recorded_at: iso(plannedStart + DAY), last_seq: 1,
        updated_at: iso(plannedStart + DAY), dispute_resolution: disputed ? { outcome: withdrawn ? 'withdrawn' : 'upheld', reason: 'Reason', by: 'leader@example.org', at: iso(heldAt) } : null,
      });
      if (withdrawn) continue;
      truth.findings.push({ grade, criterion });
      if (isNonconformity(grade)) nonconformities.push({ findingId, grade });
    }

    // Escalated tasks of the audit: each escalation to rung n passed through the rungs below it.
    const escalatedTasks = Math.floor(random.between(0, 3));
    for (let number = 1; number <= escalatedTasks; number++) {
      const rungs = Math.floor(random.between(0, 4));
      event(id, workflowId, 'task.overdue', plannedStart + 2 * DAY, null, `T-${number}`);
      for (let rung = 1; rung <= rungs; rung++) {
        event(id, workflowId, 'task.escalated', plannedStart + (2 + rung) * DAY, { level: rung, to: ['pm@example.org'], cc: [] }, `T-${number}`);
        truth.escalations.push(rung);
      }
    }
    event(id, workflowId, 'phase.entered', heldAt, { from: 'conducting', to: 'reporting' });
    if (!completed || issuedAt === undefined) continue;

    const completedAt = issuedAt + random.between(0.5, 6) * DAY;
    event(id, workflowId, 'audit.completed', completedAt, null);
    truth.completed.push({ at: completedAt, plannedEnd });
    event(id, workflowId, 'phase.entered', completedAt, { from: 'completing', to: nonconformities.length ? 'following-up' : 'closed' });

    // Follow-ups: all closed in a closed audit, about half in one still following up; open ones have tasks, some past due.
    let lastClosedAt = completedAt;
    for (const { findingId, grade } of nonconformities) {
      const followUp = `${workflowId}/${findingId}`;
      const openedAt = completedAt + 60_000;
      const closes = phase === 'closed' || random.chance(0.5);
      const closedAt = openedAt + random.between(3, 150) * DAY;
      const status = closes ? 'closed' : random.pick(['awaiting-plan', 'implementing', 'evidence-submitted', 'recheck-scheduled'] as const);
      rows.corrective_actions!.push({
        audit_id: id, finding_id: findingId, workflow_id: followUp, grade, status, round: 1, opened_at: iso(openedAt), closed_at: closes ? iso(closedAt) : null,
        next_due_at: null, last_seq: 1, updated_at: iso(openedAt),
      });
      task(id, followUp, `${findingId}/T-1`, openedAt + 14 * DAY, 'done');
      if (closes) {
        truth.closures[grade]!.push((closedAt - openedAt) / DAY);
        lastClosedAt = Math.max(lastClosedAt, closedAt);
        continue;
      }
      truth.open++;
      if (status === 'recheck-scheduled') continue;
      const dueAt = NOW + random.between(-40, 30) * DAY;
      const state = dueAt < NOW ? random.pick(['open', 'overdue'] as const) : 'open';
      task(id, followUp, `${findingId}/T-2`, dueAt, state, state === 'overdue' ? 1 : 0);
      if (dueAt < NOW) truth.overdue++;
    }
    if (phase === 'closed') {
      if (nonconformities.length) event(id, workflowId, 'phase.entered', lastClosedAt, { from: 'following-up', to: 'closed' });
      truth.closed.push({ at: nonconformities.length ? lastClosedAt : completedAt, plannedEnd });
    }
  }

  await db.transaction(async (tx) => {
    for (const [table, tableRows] of Object.entries(rows)) {
      if (tableRows.length === 0) continue;
      const columns = Object.keys(tableRows[0]!).join(', ');
      await tx.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(tableRows)]);
    }
  });
  return truth;
}

/** The KPIs the definitions give over the generated rows, durations rounded as the read model rounds them. */
function expectedKpis(truth: Truth): ProgrammeKpis {
  const byGrade = () => Object.fromEntries(FINDING_GRADES.map((grade) => [grade, 0])) as Record<FindingGrade, number>;
  const grades = byGrade();
  const criteria = new Map<string, { criterion: string; total: number; byGrade: Record<FindingGrade, number> }>();
  for (const { grade, criterion } of truth.findings) {
    grades[grade]++;
    const entry = criteria.get(criterion) ?? { criterion, total: 0, byGrade: byGrade() };
    criteria.set(criterion, entry);
    entry.total++;
    entry.byGrade[grade]++;
  }
  const rungs = [...new Set(truth.escalations)].sort((a, b) => a - b);
  return {
    audits: truth.audits,
    reportLeadTimeDays: stats(truth.leadTimes),
    findings: {
      total: truth.findings.length,
      byGrade: grades,
      byCriterion: [...criteria.values()].sort((a, b) => b.total - a.total || (a.criterion < b.criterion ? -1 : 1)),
    },
    correctiveActionClosure: {
      byGrade: Object.fromEntries(NONCONFORMITY_GRADES.map((grade) => [grade, stats(truth.closures[grade]!)])) as ProgrammeKpis['correctiveActionClosure']['byGrade'],
      open: truth.open,
      overdue: truth.overdue,
    },
    escalations: { total: truth.escalations.length, byRung: rungs.map((rung) => ({ rung, count: truth.escalations.filter((level) => level === rung).length })) },
    schedule: {
      completed: truth.completed.length,
      completedByPlannedEnd: truth.completed.filter((audit) => audit.at <= audit.plannedEnd).length,
      closed: truth.closed.length,
      closedByPlannedEnd: truth.closed.filter((audit) => audit.at <= audit.plannedEnd).length,
    },
  };
}

/** Durations are rounded to 0.01 day by the read model: equal within that rounding. */
function expectDurationsClose(actual: ProgrammeKpis['reportLeadTimeDays'], expected: ProgrammeKpis['reportLeadTimeDays']) {
  expect(actual.count).toBe(expected.count);
  for (const key of ['mean', 'p50', 'p90'] as const) {
    if (expected[key] === null) expect(actual[key]).toBeNull();
    else expect(Math.abs(actual[key]! - expected[key]!)).toBeLessThanOrEqual(0.0051);
  }
}

describe('programme KPIs from the read model', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createOwnDatabase();
    await runMigrations(database.url);
    dataSource = createDataSource(database.url, { logging: false });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('match a plain calculation over 400 generated audits, and count nothing of another programme', async () => {
    const programmeId = await insertProgramme(dataSource, { manager: 'pm@example.org', complianceLead: 'lead@example.org' });
    const other = await insertProgramme(dataSource, { manager: 'pm@example.org', complianceLead: 'lead@example.org' });
    const truth = await generate(dataSource, programmeId, 400, 20_260_601);
    await generate(dataSource, other, 40, 7);
    // The data set has what each KPI measures, enough of it to make percentiles meaningful.
    expect(truth.leadTimes.length).toBeGreaterThan(150);
    expect(truth.closures['major-nonconformity']!.length).toBeGreaterThan(30);
    expect(truth.closures['minor-nonconformity']!.length).toBeGreaterThan(100);
    expect(truth.overdue).toBeGreaterThan(10);
    expect(new Set(truth.escalations)).toEqual(new Set([1, 2, 3]));

    const kpis = await programmeKpis(dataSource, programmeId, new Date(NOW));
    const expected = expectedKpis(truth);
    expectDurationsClose(kpis.reportLeadTimeDays, expected.reportLeadTimeDays);
    for (const grade of NONCONFORMITY_GRADES) expectDurationsClose(kpis.correctiveActionClosure.byGrade[grade], expected.correctiveActionClosure.byGrade[grade]);
    const counts = (value: ProgrammeKpis) => ({ ...value, reportLeadTimeDays: undefined, correctiveActionClosure: { ...value.correctiveActionClosure, byGrade: undefined } });
    expect(counts(kpis)).toEqual(counts(expected));
    // Some audits finished by their planned end, and some not.
    for (const [finished, onTime] of [[kpis.schedule.completed, kpis.schedule.completedByPlannedEnd], [kpis.schedule.closed, kpis.schedule.closedByPlannedEnd]]) {
      expect(onTime).toBeGreaterThan(0);
      expect(onTime).toBeLessThan(finished!);
    }
  });

  it('of a programme with no audits are zeros and nulls', async () => {
    const programmeId = await insertProgramme(dataSource, { manager: 'pm@example.org', complianceLead: 'lead@example.org' });
    const none = { count: 0, mean: null, p50: null, p90: null };
    expect(await programmeKpis(dataSource, programmeId)).toEqual({
      audits: 0,
      reportLeadTimeDays: none,
      findings: { total: 0, byGrade: Object.fromEntries(FINDING_GRADES.map((grade) => [grade, 0])), byCriterion: [] },
      correctiveActionClosure: { byGrade: { 'major-nonconformity': none, 'minor-nonconformity': none }, open: 0, overdue: 0 },
      escalations: { total: 0, byRung: [] },
      schedule: { completed: 0, completedByPlannedEnd: 0, closed: 0, closedByPlannedEnd: 0 },
    });
  });
});

describe('GET /programmes/{id}/kpis', () => {
  const stack = useFullStack();

  it("answers the read model's KPIs with the programme's auditor days, to whoever may read the programme", async () => {
    // People of its own, named by an admin: the generated audits (their follow-ups overdue) stay in the shared test
    // database, and must not turn up in the sample people's lists and digests in other tests.
    const tag = Date.now().toString(36);
    const people = { manager: { email: `kpi-pm-${tag}@auditflow.example`, name: 'Kim KPI' }, complianceLead: { email: `kpi-cl-${tag}@auditflow.example`, name: 'Cleo KPI' } };
    const created = await stack.client.post<{ id: string }>('/programmes', TEST_ADMIN_EMAIL, { ...sampleProgramme(), ...people, name: `KPIs ${tag}`, content: threeYearProgramme });
    const dataSource = createDataSource(testDatabaseUrl(), { logging: false });
    await dataSource.initialize();
    try {
      const truth = await generate(dataSource, created.id, 60, 42);
      const answer = await stack.client.get<ProgrammeKpis & { auditorDays: unknown }>(`/programmes/${created.id}/kpis`, TEST_ADMIN_EMAIL);
      expect(answer.status).toBe(200);
      // The follow-ups' tasks were generated due around mid-2026: whether they are overdue does not change between the two reads.
      expect(answer.body).toEqual({ ...(await programmeKpis(dataSource, created.id)), auditorDays: { plannedPerYear: 40, budget: { amount: 25_000, currency: 'EUR' }, used: null }, coverage: null });
      expect(answer.body.findings.total).toBe(truth.findings.length);
      expect((await stack.client.get(`/programmes/${created.id}/kpis`, P.teamLeader.email)).status).toBe(404);
      expect((await stack.client.get(`/programmes/${created.id}/kpis`, P.complianceLead.email)).status).toBe(404);
    } finally {
      await dataSource.destroy();
    }
  });
});
