import { DataSource } from 'typeorm';
import { createProjectionActivities } from '@auditflow/activities/projection';
import { AuditSettings, DEFAULT_AUDIT_SETTINGS, followUpInput, ProgressRecord } from '@auditflow/domain';
import { auditAccess, getTask, listAudits, listCorrectiveActions, listFindings, listTasks, Viewer } from '@auditflow/persistence';
import { AuditRun, auditDefinition, auditToConducting, conductingToFollowUp, FollowUpRun, hourly, hoursAfterStart, ScenarioPeople, scenarioPeople } from './audit-scenario';
import { insertProgramme, useTestDatabase } from './test-database';

const as = (email: string): Viewer => ({ email, admin: false });
const LAUNCHED_BEFORE: AuditSettings = { ...DEFAULT_AUDIT_SETTINGS, delegationIsPerTask: undefined };

/**
 * An audit run to follow-up with two minor nonconformities, F-1 and F-2, whose response to F-1 the team leader gave
 * to a delegate: the delegate answered it and the follow-up of F-1 waits on them.
 */
function auditWithDelegatedFinding(programmeId: string, people: ScenarioPeople, delegate: string, settings?: AuditSettings) {
  const run = new AuditRun(auditDefinition(programmeId, people), hoursAfterStart(0), settings);
  const next = hourly();
  const auditor = { email: people.auditor, role: 'auditor' as const };
  auditToConducting(run, people, next);
  for (const statement of ['Two planned audits were not performed', 'One audit report was never issued']) {
    run.act('recordFinding', auditor, { grade: 'minor-nonconformity', criterion: '9.2', statement, evidenceIds: ['E-1'] }, next());
  }
  const response = run.state.tasks.find((task) => task.kind === 'respond-to-finding' && task.subjectId === 'F-1')!;
  run.act('reassignTask', { email: people.leader, role: 'team-leader' }, { taskId: response.id, assignee: delegate }, next());
  run.act('respondToFinding', { email: delegate, role: 'auditee-representative' }, { findingId: 'F-1', acknowledged: true }, next());
  run.act('respondToFinding', { email: people.representative, role: 'auditee-representative' }, { findingId: 'F-2', acknowledged: true }, next());
  conductingToFollowUp(run, people, next);
  const followUps = ['F-1', 'F-2'].map((findingId) => new FollowUpRun(followUpInput(run.state, findingId, run.workflowId), next()));
  return { run, followUps, otherResponse: run.state.tasks.find((task) => task.kind === 'respond-to-finding' && task.subjectId === 'F-2')! };
}

describe('what a delegate reads', () => {
  const database = useTestDatabase();
  let dataSource: DataSource;
  let programmeId: string;
  let people: ScenarioPeople;
  let delegate: string;
  let audit: ReturnType<typeof auditWithDelegatedFinding>;
  let legacyPeople: ScenarioPeople;
  let legacyDelegate: string;
  let legacy: ReturnType<typeof auditWithDelegatedFinding>;

  beforeAll(async () => {
    dataSource = database.dataSource;
    const { recordAuditProgress } = createProjectionActivities({ dataSource });
    const record = async (records: readonly ProgressRecord[]) => {
      for (const one of records) await recordAuditProgress(one);
    };
    people = scenarioPeople();
    legacyPeople = scenarioPeople();
    delegate = `deputy-${people.tag}@example.org`;
    legacyDelegate = `deputy-${legacyPeople.tag}@example.org`;
    programmeId = await insertProgramme(dataSource, { manager: people.programmeManager, complianceLead: people.complianceLead });
    audit = auditWithDelegatedFinding(programmeId, people, delegate);
    legacy = auditWithDelegatedFinding(programmeId, legacyPeople, legacyDelegate, LAUNCHED_BEFORE);
    for (const one of [audit, legacy]) await record([...one.run.records, ...one.followUps.flatMap((followUp) => followUp.records)]);
  });

  it('lets the delegate act in the representative role on their tasks, and read only those and what they are about', async () => {
    const auditId = audit.run.definition.auditId;
    const [delegated, other] = audit.followUps;
    expect(delegated!.state.tasks[0]).toMatchObject({ kind: 'submit-action-plan', assignee: delegate });

    expect(await auditAccess(dataSource, auditId, as(delegate))).toEqual({ roles: ['auditee-representative'], auditeeOnly: true, delegatedTasksOnly: true, phase: 'following-up' });
    expect((await listAudits(dataSource, as(delegate), { programmeId })).items.map((item) => item.id)).toEqual([auditId]);
    const tasks = await listTasks(dataSource, as(delegate), { auditId, limit: 500 });
    expect(tasks.items.map((task) => task.id).sort()).toEqual([delegated!.state.tasks[0]!.id, audit.run.state.tasks.find((task) => task.assignee === delegate)!.id].sort());
    expect(await getTask(dataSource, as(delegate), auditId, audit.otherResponse.id)).toBeUndefined();
    expect(await getTask(dataSource, as(delegate), auditId, other!.state.tasks[0]!.id)).toBeUndefined();
    expect((await listFindings(dataSource, as(delegate), { programmeId })).items.map((finding) => finding.id)).toEqual(['F-1']);
    expect((await listCorrectiveActions(dataSource, as(delegate), { programmeId })).items.map((action) => action.findingId)).toEqual(['F-1']);
  });

  it('leaves the representative the whole auditee side', async () => {
    const auditId = audit.run.definition.auditId;
    expect(await auditAccess(dataSource, auditId, as(people.representative))).toEqual({ roles: ['auditee-representative'], auditeeOnly: true, delegatedTasksOnly: false, phase: 'following-up' });
    expect(await getTask(dataSource, as(people.representative), auditId, audit.run.state.tasks.find((task) => task.assignee === delegate)!.id)).toMatchObject({ assignee: delegate });
    expect((await listFindings(dataSource, as(people.representative), { programmeId })).items.map((finding) => finding.id).sort()).toEqual(['F-1', 'F-2']);
  });

  it('still shows a delegate of an audit launched before the rule the whole auditee side', async () => {
    const auditId = legacy.run.definition.auditId;
    expect(legacy.run.state.auditeeDelegates).toEqual([legacyDelegate]);
    expect(await auditAccess(dataSource, auditId, as(legacyDelegate))).toEqual({ roles: ['auditee-representative'], auditeeOnly: true, delegatedTasksOnly: false, phase: 'following-up' });
    expect(await getTask(dataSource, as(legacyDelegate), auditId, legacy.otherResponse.id)).toMatchObject({ id: legacy.otherResponse.id });
    const findings = await listFindings(dataSource, as(legacyDelegate), { programmeId });
    expect(findings.items.filter((finding) => finding.auditId === auditId).map((finding) => finding.id).sort()).toEqual(['F-1', 'F-2']);
  });

  it('shows someone given no task of the audit nothing of it', async () => {
    const auditId = audit.run.definition.auditId;
    expect(await auditAccess(dataSource, auditId, as(legacyDelegate))).toBeUndefined();
    expect(await auditAccess(dataSource, legacy.run.definition.auditId, as(delegate))).toBeUndefined();
  });
});
