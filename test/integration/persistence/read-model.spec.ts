import { DataSource } from 'typeorm';
import { createProjectionActivities } from '@auditflow/activities/projection';
import { isActive, ProgressRecord, Task } from '@auditflow/domain';
import { auditAccess, getAuditDetail, getTask, getTimeline, listAudits, listCorrectiveActions, listFindings, listOverdueTasksByComplianceLead, listTasks, Viewer } from '@auditflow/persistence';
import { AuditRun, auditDefinition, auditToFollowUp, FollowUpRun, hoursAfterStart, ScenarioPeople, scenarioPeople } from './audit-scenario';
import { insertProgramme, useTestDatabase } from './test-database';

const ADMIN: Viewer = { email: 'admin@example.org', admin: true };
const as = (email: string): Viewer => ({ email, admin: false });

/** Two audits in one programme: A has run to follow-up with an action plan awaiting review, B has just started. */
describe('read model queries', () => {
  const database = useTestDatabase();
  let dataSource: DataSource;
  let programmeId: string;
  let peopleA: ScenarioPeople;
  let peopleB: ScenarioPeople;
  let auditA: AuditRun;
  let followUpA: FollowUpRun;
  let auditB: AuditRun;

  const activeTasks = (...tasks: Task[][]) => tasks.flat().filter(isActive);
  const earliestDue = (tasks: Task[]) => Math.min(...tasks.map((task) => Date.parse(task.dueAt)));

  beforeAll(async () => {
    dataSource = database.dataSource;
    const { recordAuditProgress } = createProjectionActivities({ dataSource });
    const record = async (records: readonly ProgressRecord[]) => {
      for (const one of records) await recordAuditProgress(one);
    };
    peopleA = scenarioPeople();
    peopleB = scenarioPeople();
    programmeId = await insertProgramme(dataSource, { manager: peopleA.programmeManager, complianceLead: peopleA.complianceLead });

    auditA = new AuditRun(auditDefinition(programmeId, peopleA), hoursAfterStart(0));
    followUpA = new FollowUpRun(auditToFollowUp(auditA, peopleA), hoursAfterStart(100));
    followUpA.act('submitActionPlan', { email: peopleA.representative, role: 'auditee-representative' }, { rootCause: 'No backup auditor', actionPlan: 'Train two more' }, hoursAfterStart(101));
    auditB = new AuditRun(auditDefinition(programmeId, peopleB), hoursAfterStart(200));
    auditB.act('acknowledgeContact', { email: peopleB.representative, role: 'auditee-representative' }, { channels: ['phone'], confidentialityAgreed: true }, hoursAfterStart(201));
    await record([...auditA.records, ...followUpA.records, ...auditB.records]);
  });

  describe('getAuditDetail', () => {
    it('returns the audit as the domain state describes it', async () => {
      const detail = await getAuditDetail(dataSource, auditA.definition.auditId, new Date(hoursAfterStart(102)));
      if (!detail) throw new Error('audit A not found');
      const { state } = auditA;
      expect(detail.audit).toMatchObject({
        id: state.definition.auditId,
        workflowId: auditA.workflowId,
        programmeId,
        phase: 'following-up',
        auditeeUnit: state.definition.auditee.unit,
        complianceLeadEmail: peopleA.complianceLead,
        plannedStart: state.definition.plannedStart,
        createdAt: state.createdAt,
        activeTaskCount: 1,
        overdueTaskCount: 0,
      });
      expect(detail.audit.definition).toEqual(state.definition);
      // jsonb keeps what JSON keeps: fields set to undefined in the state are simply absent.
      expect(detail.audit.header).toMatchObject(JSON.parse(JSON.stringify({ phase: 'following-up', completion: state.completion, contact: state.contact })));
      expect(detail.team).toEqual(state.team);
      expect(detail.documents).toEqual(state.documents);
      expect(detail.plans).toEqual(state.plans);
      expect(detail.assignments).toEqual(state.assignments);
      expect(detail.checklist).toEqual(state.checklist);
      expect(detail.evidence).toEqual(state.evidence);
      expect(detail.findings).toEqual(state.findings);
      expect(detail.meetings).toEqual(state.meetings);
      expect(detail.reports).toEqual(state.reports);
      expect(detail.followUps).toEqual(state.followUps);
    });

    it('lists open tasks of the audit and its corrective actions with due dates', async () => {
      const expected = activeTasks(auditA.state.tasks, followUpA.state.tasks);
      const detail = await getAuditDetail(dataSource, auditA.definition.auditId, new Date(earliestDue(expected) + 1));
      expect(detail?.openTasks.map(({ id, kind, dueAt, assignee, state }) => ({ id, kind, dueAt, assignee, state }))).toEqual(
        expected.map(({ id, kind, dueAt, assignee, state }) => ({ id, kind, dueAt, assignee, state })),
      );
      expect(detail?.openTasks[0]).toMatchObject({ auditId: auditA.definition.auditId, workflowId: followUpA.workflowId, overdue: true });
    });

    it('includes the corrective actions', async () => {
      const detail = await getAuditDetail(dataSource, auditA.definition.auditId);
      const { state } = followUpA;
      expect(detail?.correctiveActions).toEqual([
        {
          findingId: state.input.finding.id,
          workflowId: followUpA.workflowId,
          grade: 'minor-nonconformity',
          status: 'plan-submitted',
          round: 1,
          openedAt: state.openedAt,
          nextDueAt: new Date(earliestDue(activeTasks(state.tasks))).toISOString(),
          plans: state.plans,
          evidence: [],
          verifications: [],
          deferrals: [],
          updatedAt: followUpA.records[followUpA.records.length - 1]!.at,
        },
      ]);
    });

    it('returns the timeline of both workflows in order', async () => {
      const detail = await getAuditDetail(dataSource, auditA.definition.auditId);
      const expected = [...auditA.records, ...followUpA.records].flatMap((record) => record.events.map((event) => ({ type: event.type, occurredAt: record.at })));
      expect(detail?.timeline.map(({ type, occurredAt }) => ({ type, occurredAt }))).toEqual(expected);
      expect(detail?.timeline).toEqual(await getTimeline(dataSource, auditA.definition.auditId));
      expect(detail?.timeline[0]).toMatchObject({ seq: 1, workflowId: auditA.workflowId, phase: 'initiating', actor: { email: peopleA.programmeManager, role: 'programme-manager' } });
    });

    it('returns undefined for an audit nobody recorded', async () => {
      expect(await getAuditDetail(dataSource, '00000000-0000-4000-8000-000000000001')).toBeUndefined();
    });

    it('works inside a caller\'s transaction', async () => {
      const detail = await dataSource.transaction((manager) => getAuditDetail(manager, auditB.definition.auditId));
      expect(detail?.audit.phase).toBe('initiating');
    });
  });

  describe('listAudits', () => {
    // The moment between the two audits' earliest due dates: exactly one of them is overdue.
    const dueA = () => earliestDue(activeTasks(auditA.state.tasks, followUpA.state.tasks));
    const dueB = () => earliestDue(activeTasks(auditB.state.tasks));
    const between = () => new Date((dueA() + dueB()) / 2);

    it('filters by programme, phase and auditee unit', async () => {
      const all = await listAudits(dataSource, ADMIN, { programmeId });
      expect(all.total).toBe(2);
      expect(all.items.map((audit) => audit.id).sort()).toEqual([auditA.definition.auditId, auditB.definition.auditId].sort());
      expect((await listAudits(dataSource, ADMIN, { programmeId, phase: 'initiating' })).items.map((audit) => audit.id)).toEqual([auditB.definition.auditId]);
      expect((await listAudits(dataSource, ADMIN, { auditeeUnit: auditA.definition.auditee.unit })).items.map((audit) => audit.id)).toEqual([auditA.definition.auditId]);
      expect((await listAudits(dataSource, ADMIN, { programmeId, phase: 'closed' })).total).toBe(0);
    });

    it('filters by overdue work at a given moment', async () => {
      expect(dueA()).not.toBe(dueB());
      const now = between();
      const [overdue, onTime] = dueA() < dueB() ? [auditA, auditB] : [auditB, auditA];
      const overdueList = await listAudits(dataSource, ADMIN, { programmeId, overdue: true, now });
      expect(overdueList.items.map((audit) => audit.id)).toEqual([overdue.definition.auditId]);
      expect(overdueList.items[0]).toMatchObject({ activeTaskCount: 1, overdueTaskCount: 1 });
      expect((await listAudits(dataSource, ADMIN, { programmeId, overdue: false, now })).items.map((audit) => audit.id)).toEqual([onTime.definition.auditId]);
    });

    it('pages, the most pressing audit first', async () => {
      const first = await listAudits(dataSource, ADMIN, { programmeId, limit: 1 });
      const second = await listAudits(dataSource, ADMIN, { programmeId, limit: 1, offset: 1 });
      expect(first).toMatchObject({ total: 2, limit: 1, offset: 0 });
      expect(second).toMatchObject({ total: 2, limit: 1, offset: 1 });
      const expectedFirst = dueA() < dueB() ? auditA : auditB;
      expect(first.items[0]?.id).toBe(expectedFirst.definition.auditId);
      expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
      expect(first.items[0]?.nextDueAt).toBe(new Date(Math.min(dueA(), dueB())).toISOString());
    });
  });

  describe('listTasks', () => {
    it('lists an assignee\'s tasks across audits, soonest due first', async () => {
      const page = await listTasks(dataSource, ADMIN, { assignee: peopleA.leader, limit: 500 });
      const expected = [...auditA.state.tasks, ...followUpA.state.tasks].filter((task) => task.assignee === peopleA.leader);
      expect(page.total).toBe(expected.length);
      expect(page.items.map((task) => task.id).sort()).toEqual(expected.map((task) => task.id).sort());
      const dues = page.items.map((task) => Date.parse(task.dueAt));
      expect(dues).toEqual([...dues].sort((a, b) => a - b));
      expect(page.items[0]).toMatchObject({ auditTitle: auditA.definition.title, programmeId, auditPhase: 'following-up', auditeeUnit: auditA.definition.auditee.unit });
    });

    it('filters by audit, programme and state', async () => {
      const auditId = auditA.definition.auditId;
      const all = [...auditA.state.tasks, ...followUpA.state.tasks];
      expect((await listTasks(dataSource, ADMIN, { auditId, limit: 500 })).total).toBe(all.length);
      expect((await listTasks(dataSource, ADMIN, { auditId, state: ['done'], limit: 500 })).total).toBe(all.filter((task) => task.state === 'done').length);
      expect((await listTasks(dataSource, ADMIN, { auditId, state: ['open', 'overdue'] })).items.map((task) => task.id)).toEqual(activeTasks(all).map((task) => task.id));
      expect((await listTasks(dataSource, ADMIN, { programmeId, state: ['open', 'overdue'] })).total).toBe(2);
    });

    it('filters overdue tasks at a given moment', async () => {
      const [taskB] = activeTasks(auditB.state.tasks);
      const justAfter = new Date(Date.parse(taskB!.dueAt) + 1);
      const overdue = await listTasks(dataSource, ADMIN, { auditId: auditB.definition.auditId, overdue: true, now: justAfter });
      expect(overdue.items.map((task) => ({ id: task.id, overdue: task.overdue }))).toEqual([{ id: taskB!.id, overdue: true }]);
      expect((await listTasks(dataSource, ADMIN, { auditId: auditB.definition.auditId, overdue: true, now: new Date(taskB!.dueAt) })).total).toBe(0);
      const rest = await listTasks(dataSource, ADMIN, { auditId: auditB.definition.auditId, overdue: false, now: justAfter });
      expect(rest.items.every((task) => task.state === 'done')).toBe(true);
    });
  });

  describe('listOverdueTasksByComplianceLead', () => {
    it('groups overdue tasks by the compliance lead of their audit', async () => {
      const digests = await listOverdueTasksByComplianceLead(dataSource, new Date('2030-01-01T00:00:00.000Z'));
      const ours = digests.filter((digest) => [peopleA.complianceLead, peopleB.complianceLead].includes(digest.complianceLead.email));
      expect(ours.map((digest) => digest.complianceLead)).toEqual(
        [
          { email: peopleA.complianceLead, name: 'Carl Compliance' },
          { email: peopleB.complianceLead, name: 'Carl Compliance' },
        ].sort((a, b) => (a.email < b.email ? -1 : 1)),
      );
      const byLead = Object.fromEntries(ours.map((digest) => [digest.complianceLead.email, digest.tasks.map((task) => task.id)]));
      expect(byLead[peopleA.complianceLead]).toEqual(activeTasks(followUpA.state.tasks).map((task) => task.id));
      expect(byLead[peopleB.complianceLead]).toEqual(activeTasks(auditB.state.tasks).map((task) => task.id));
      expect(ours[0]?.tasks[0]).toMatchObject({ overdue: true });
    });

    it('lists nobody before anything is due', async () => {
      const digests = await listOverdueTasksByComplianceLead(dataSource, new Date(hoursAfterStart(0)));
      expect(digests.filter((digest) => [peopleA.complianceLead, peopleB.complianceLead].includes(digest.complianceLead.email))).toEqual([]);
    });
  });

  describe('scoped reads', () => {
    const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

    it('shows each person only the audits they are named in, and an admin all of them', async () => {
      const [a, b] = [auditA.definition.auditId, auditB.definition.auditId];
      expect(ids(await listAudits(dataSource, as(peopleA.representative), { programmeId }))).toEqual([a]);
      expect(ids(await listAudits(dataSource, as(peopleB.leader), { programmeId }))).toEqual([b]);
      expect(ids(await listAudits(dataSource, as(peopleA.complianceLead), { programmeId }))).toEqual([a]);
      expect((await listAudits(dataSource, as('outsider@example.org'), { programmeId })).total).toBe(0);
      expect(ids(await listAudits(dataSource, ADMIN, { programmeId })).sort()).toEqual([a, b].sort());
      expect(await auditAccess(dataSource, a, as(peopleB.representative))).toBeUndefined();
      expect(await auditAccess(dataSource, a, as(peopleA.representative))).toEqual({ roles: ['auditee-representative'], auditeeOnly: true, delegatedTasksOnly: false, phase: 'following-up' });
      expect(await auditAccess(dataSource, a, as(peopleA.leader))).toEqual({ roles: ['team-leader'], auditeeOnly: false, delegatedTasksOnly: false, phase: 'following-up' });
      expect(await auditAccess(dataSource, a, ADMIN)).toEqual({ roles: [], auditeeOnly: false, delegatedTasksOnly: false, phase: 'following-up' });
    });

    it('gives the auditee side only its own tasks, and other lists only of visible audits', async () => {
      const auditId = auditA.definition.auditId;
      const theirs = await listTasks(dataSource, as(peopleA.representative), { auditId, limit: 500 });
      expect(theirs.total).toBeGreaterThan(0);
      expect(theirs.items.every((task) => task.role === 'auditee-representative' || task.role === 'auditee-manager')).toBe(true);
      const teamTask = [...auditA.state.tasks].find((task) => task.role === 'team-leader')!;
      expect(await getTask(dataSource, as(peopleA.representative), auditId, teamTask.id)).toBeUndefined();
      expect(await getTask(dataSource, as(peopleA.leader), auditId, teamTask.id)).toMatchObject({ id: teamTask.id });
      expect((await listTasks(dataSource, as(peopleB.representative), { auditId, limit: 500 })).total).toBe(0);
      expect((await listFindings(dataSource, as(peopleB.leader), { programmeId })).total).toBe(0);
      expect((await listFindings(dataSource, as(peopleA.auditor), { programmeId })).total).toBeGreaterThan(0);
      expect((await listCorrectiveActions(dataSource, as('outsider@example.org'), {})).total).toBe(0);
      expect((await listCorrectiveActions(dataSource, as(peopleA.complianceLead), { programmeId })).total).toBe(1);
      const leadsView = await listOverdueTasksByComplianceLead(dataSource, new Date('2030-01-01T00:00:00.000Z'), as(peopleB.complianceLead));
      expect(leadsView.map((digest) => digest.complianceLead.email)).toEqual([peopleB.complianceLead]);
    });
  });
});
