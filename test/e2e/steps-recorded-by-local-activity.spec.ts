// Issue 10 (steps): a step's record is written by a local activity in the workflow task that takes the step, so the
// step answers after one round trip through the server instead of two, and a step that changes neither phase nor next
// due date upserts no search attributes. Both are guarded by patched() ('steps-recorded-by-local-activity',
// 'search-attributes-upserted-when-changed'): audits in flight replay the steps they recorded the old way, and take
// the new path from their first step after the release. The release before is today's workflows with record-chain.ts
// and step-search-attributes.ts of workflows/shared replaced by those of test/fixtures/rollout/before-faster-steps.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { REPO_ROOT, workflowBundleCode } from '@auditflow/devstack';
import { auditWorkflowId, programmeWorkflowId } from '@auditflow/domain';
import { HttpAuditPort, launchSampleAudit } from '@auditflow/samples';
import { workflowSpanSinks } from '@auditflow/worker';
import { SAMPLE_ACTORS } from '../support/audit-people';
import { compressedProgramme } from '../support/compressed-programme';
import { useFullStack } from '../support/full-stack';
import { loadHistoryFixtures, recordHistories } from '../support/replay-fixtures';
import { eventually, startWorker, testWorkflowBundle } from '../support/test-stack';
import { testTemporalAddress } from '../support/test-stack';
import { HistoryEvent, markerData, patchIdOf, Recorded } from '../support/workflow-history';
import { readTimeline } from '../support/timeline';

const PATCH_ID = 'steps-recorded-by-local-activity';
const SEARCH_ATTRIBUTES_PATCH_ID = 'search-attributes-upserted-when-changed';

const as = SAMPLE_ACTORS;

/** The release before: today's workflows, every step written by a normal activity and followed by an upsert. */
function bundleReleaseBefore(): Promise<string> {
  const shared = join(dirname(require.resolve('@auditflow/workflows')), 'shared');
  const fixtures = join(REPO_ROOT, 'test', 'fixtures', 'rollout', 'before-faster-steps');
  return workflowBundleCode({
    moduleAliases: { [join(shared, 'record-chain')]: join(fixtures, 'record-chain.ts'), [join(shared, 'step-search-attributes')]: join(fixtures, 'step-search-attributes.ts') },
  });
}

/** The activity type of a local activity's marker (core writes its metadata as JSON). */
function localActivityOf(event: HistoryEvent): string | undefined {
  const data = markerData(event, 'core_local_activity', 'data') as { activity_type?: string; activityType?: string } | undefined;
  return data?.activity_type ?? data?.activityType;
}
const scheduledActivityOf = (event: HistoryEvent) => event.activityTaskScheduledEventAttributes?.activityType?.name ?? undefined;

/** How a stretch of history recorded its steps: by local activity (marked by the patch) or by normal activity. */
function pathTaken(events: HistoryEvent[], activity: string) {
  return {
    marked: events.filter((event) => patchIdOf(event) === PATCH_ID).length,
    local: events.filter((event) => localActivityOf(event) === activity).length,
    scheduled: events.filter((event) => scheduledActivityOf(event) === activity).length,
  };
}

/** The Update's events from accepted to completed, both ends excluded. */
function duringUpdate(events: HistoryEvent[], updateName: string): HistoryEvent[] {
  const accepted = events.findIndex((event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === updateName);
  expect(accepted).toBeGreaterThanOrEqual(0);
  const acceptedId = String(events[accepted]!.eventId);
  const completed = events.findIndex((event) => String(event.workflowExecutionUpdateCompletedEventAttributes?.acceptedEventId ?? '') === acceptedId);
  expect(completed).toBeGreaterThan(accepted);
  return events.slice(accepted + 1, completed);
}
/** The phase and next due date each upsert after a step set, in order (not the audit's programme and unit, set at its start). */
function stepUpserts(events: HistoryEvent[]): string[] {
  return events
    .map((event) => event.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields)
    .filter((fields) => fields?.AuditNextDueAt !== undefined)
    .map((fields) => ['AuditPhase', 'AuditNextDueAt'].map((key) => Buffer.from(fields?.[key]?.data ?? []).toString('utf8')).join(' '));
}
const isUpsert = (event: HistoryEvent) => Boolean(event.upsertWorkflowSearchAttributesEventAttributes);
const isWorkflowTask = (event: HistoryEvent) =>
  Boolean(event.workflowTaskScheduledEventAttributes || event.workflowTaskStartedEventAttributes || event.workflowTaskCompletedEventAttributes);

describe('steps recorded by a local activity', () => {
  const stack = useFullStack();
  let connection: Connection;
  let temporal: Client;
  let releaseDir: string;
  let releaseBefore: string;
  const recorded: { launchedAfter?: Recorded; programme?: Recorded; inFlightBeforeRelease?: Recorded; inFlight?: Recorded } = {};

  beforeAll(async () => {
    connection = await Connection.connect({ address: testTemporalAddress() });
    temporal = new Client({ connection });
    releaseDir = mkdtempSync(join(REPO_ROOT, 'test', '.tmp', 'local-activity-release-'));
    releaseBefore = join(releaseDir, 'workflow-bundle.js');
    writeFileSync(releaseBefore, await bundleReleaseBefore());
  }, 180_000);
  afterAll(async () => {
    await connection?.close();
    if (releaseDir) rmSync(releaseDir, { recursive: true, force: true });
  });

  const historyOf = async (workflowId: string): Promise<Recorded> => ({ workflowId, history: await temporal.workflow.getHandle(workflowId).fetchHistory() });
  const completed = (workflowId: string) =>
    eventually(async () => expect((await temporal.workflow.getHandle(workflowId).describe()).status.name).toBe('COMPLETED'), { timeoutMs: 30_000 });
  /** This workflow's timeline as the read model has it: types in the order of their numbers. */
  const timelineOf = async (auditId: string) => {
    const ours = (await readTimeline(stack.client, auditId, as.pm.email)).filter((entry) => entry.workflowId === auditWorkflowId(auditId));
    return { seqs: ours.map((entry) => entry.seq), types: [...ours].sort((a, b) => a.seq - b.seq).map((entry) => entry.type) };
  };

  it('records a new audit’s steps by a local activity in the workflow task that took the step, and hands its mail to delivery after', async () => {
    const launched = await launchSampleAudit(stack.client);
    const port = new HttpAuditPort(stack.client, launched.auditId);
    await port.act('establishContact', as.lead, { channels: ['e-mail'], planningInformationRequested: ['ISMS scope'] });
    await port.act('acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
    await port.act('decideFeasibility', as.lead, { feasible: true, reason: 'Information and people available' });
    await port.act('requestDocuments', as.lead, { documents: [{ name: 'ISMS scope' }, { name: 'Statement of Applicability' }] });
    // Another document is still due: neither the phase nor the next due date changes.
    await port.act('supplyDocument', as.rep, { documentId: 'D-1', reference: 'dms://isms/D-1' });
    await port.act('cancelAudit', as.pm, { reason: 'Superseded by a combined audit' });
    const workflowId = auditWorkflowId(launched.auditId);
    await completed(workflowId);
    recorded.launchedAfter = await historyOf(workflowId);
    const events = recorded.launchedAfter.history.events!;

    // Marked once, from its first step; every record (launch and six steps) is a local activity's marker, none an activity task.
    const path = pathTaken(events, 'recordAuditProgress');
    expect(path).toEqual({ marked: 1, local: expect.any(Number), scheduled: 0 });
    expect(path.local).toBeGreaterThanOrEqual(7);
    expect(events.findIndex((event) => patchIdOf(event) === PATCH_ID)).toBeLessThan(events.findIndex((event) => localActivityOf(event) === 'recordAuditProgress'));
    // One round trip: the step's Update is accepted, recorded and answered with no workflow task in between.
    const step = duringUpdate(events, 'establishContact');
    expect(step.filter(isWorkflowTask)).toEqual([]);
    expect(step.filter((event) => localActivityOf(event) === 'recordAuditProgress')).toHaveLength(1);
    // The mail it queued is handed to delivery (a normal activity) once it is recorded.
    const recordAt = events.indexOf(step.find((event) => localActivityOf(event) === 'recordAuditProgress')!);
    expect(events.slice(recordAt).some((event) => scheduledActivityOf(event) === 'deliverNotifications')).toBe(true);
    expect(events.filter((event) => event.workflowTaskFailedEventAttributes)).toEqual([]);

    // The supply changed nothing visibility shows: no upsert, the run marked once. Every other step upserted what changed.
    expect(duringUpdate(events, 'supplyDocument').filter(isUpsert)).toEqual([]);
    expect(events.filter((event) => patchIdOf(event) === SEARCH_ATTRIBUTES_PATCH_ID)).toHaveLength(1);
    const upserts = stepUpserts(events);
    expect(upserts.length).toBeGreaterThanOrEqual(3);
    expect(upserts.length).toBeLessThan(path.local);
    expect(upserts.filter((values, index) => index > 0 && values === upserts[index - 1])).toEqual([]);
    expect(upserts.at(-1)).toMatch(/^"cancelled" /);

    const timeline = await timelineOf(launched.auditId);
    expect(timeline.seqs).toEqual([...timeline.seqs].sort((a, b) => a - b));
    expect(new Set(timeline.seqs).size).toBe(timeline.seqs.length);
    const stepTypes = ['audit.created', 'contact.established', 'contact.acknowledged', 'feasibility.decided', 'documents.requested', 'document.supplied', 'audit.cancelled'];
    expect(timeline.types.filter((type) => stepTypes.includes(type))).toEqual(stepTypes);
  });

  it('records a programme cycle’s steps by a local activity', async () => {
    const { id } = await stack.client.post<{ id: string }>('/programmes', as.pm.email, compressedProgramme(new Date(Date.now() + 60_000).toISOString()));
    // Approval starts the cycle and answers once its first step is in the read model.
    await stack.client.post(`/programmes/${id}/approve`, as.pm.email, { approvedBy: 'Board of Directors (audit client)' });
    const handle = temporal.workflow.getHandle(programmeWorkflowId(id));
    recorded.programme = await historyOf(handle.workflowId);
    // Its clock runs on: ended here, so that it takes no step on the release before, which the next test runs.
    await handle.terminate('the test has what it needs');
    const path = pathTaken(recorded.programme.history.events!, 'recordProgrammeProgress');
    expect(path).toEqual({ marked: 1, local: expect.any(Number), scheduled: 0 });
    expect(path.local).toBeGreaterThanOrEqual(1);
    expect((await stack.client.get<{ status: string }>(`/programmes/${id}/cycle`, as.pm.email)).status).toBe(200);
  });

  it('lets an audit in flight keep the steps it recorded by activity and take the local activity from its first step after the release', async () => {
    // On the release before: an audit launched and contact established, its mail out.
    await stack.worker!.stop();
    stack.worker = await startWorker(stack.config, { workflowBundlePath: releaseBefore });
    const inFlight = await launchSampleAudit(stack.client);
    const workflowId = auditWorkflowId(inFlight.auditId);
    const port = new HttpAuditPort(stack.client, inFlight.auditId);
    await port.act('establishContact', as.lead, { channels: ['e-mail'], planningInformationRequested: ['ISMS scope'] });
    await eventually(async () => {
      const events = (await historyOf(workflowId)).history.events ?? [];
      const deliveries = events.filter((event) => scheduledActivityOf(event) === 'deliverNotifications').map((event) => String(event.eventId));
      expect(deliveries.length).toBeGreaterThan(0);
      expect(events.filter((event) => deliveries.includes(String(event.activityTaskCompletedEventAttributes?.scheduledEventId ?? '')))).toHaveLength(deliveries.length);
    });

    // The release: the old worker drains and stops, one on today's bundle takes the task queue.
    await stack.worker!.stop();
    stack.worker = undefined;
    recorded.inFlightBeforeRelease = await historyOf(workflowId);
    const releasedAt = recorded.inFlightBeforeRelease.history.events!.length;
    stack.worker = await startWorker(stack.config);

    await port.act('acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
    await port.act('decideFeasibility', as.lead, { feasible: false, reason: 'The auditee is mid-migration' });
    await completed(workflowId);
    recorded.inFlight = await historyOf(workflowId);
    const events = recorded.inFlight.history.events!;

    const before = pathTaken(events.slice(0, releasedAt), 'recordAuditProgress');
    expect(before).toEqual({ marked: 0, local: 0, scheduled: expect.any(Number) });
    expect(events.slice(0, releasedAt).filter((event) => patchIdOf(event) !== undefined)).toEqual([]);
    expect(before.scheduled).toBeGreaterThanOrEqual(2);
    const after = pathTaken(events.slice(releasedAt), 'recordAuditProgress');
    expect(after).toEqual({ marked: 1, local: expect.any(Number), scheduled: 0 });
    expect(after.local).toBeGreaterThanOrEqual(2);
    expect(events.filter((event) => event.workflowTaskFailedEventAttributes)).toEqual([]);

    // Every step on the timeline once, in the order taken, across the release.
    const timeline = await timelineOf(inFlight.auditId);
    expect(timeline.seqs).toEqual([...timeline.seqs].sort((a, b) => a - b));
    expect(new Set(timeline.seqs).size).toBe(timeline.seqs.length);
    const steps = timeline.types.filter((type) => ['audit.created', 'contact.established', 'contact.acknowledged', 'feasibility.decided'].includes(type));
    expect(steps).toEqual(['audit.created', 'contact.established', 'contact.acknowledged', 'feasibility.decided']);

  });

  it('replays histories recorded by activity, across the release and by local activity with today’s code', async () => {
    const { launchedAfter, programme, inFlightBeforeRelease, inFlight } = recorded;
    expect(launchedAfter && programme && inFlightBeforeRelease && inFlight).toBeTruthy();
    // Kept for test/integration/replay.spec.ts with RECORD_REPLAY_FIXTURES=1: the new path, and a run across the release.
    await recordHistories({
      'audit-steps-recorded-by-local-activity': launchedAfter!.workflowId,
      'audit-in-flight-when-steps-became-local': inFlight!.workflowId,
      'programme-steps-recorded-by-local-activity': programme!.workflowId,
    });
    const replay = (codePath: string, { workflowId, history }: Recorded) => Worker.runReplayHistory({ workflowBundle: { codePath }, sinks: workflowSpanSinks() }, history, workflowId);

    // A history recorded long before (kept in test/fixtures/histories) took the old path throughout, and still replays.
    const kept = loadHistoryFixtures().find((fixture) => fixture.name === 'audit-lifecycle-closed')!;
    const keptHistory = historyFromJSON(kept.history);
    const keptPath = pathTaken(keptHistory.events ?? [], 'recordAuditProgress');
    expect(keptPath).toEqual({ marked: 0, local: 0, scheduled: expect.any(Number) });
    expect(keptPath.scheduled).toBeGreaterThan(30);
    await expect(replay(testWorkflowBundle(), { workflowId: kept.workflowId, history: keptHistory })).resolves.toBeUndefined();

    await expect(replay(releaseBefore, inFlightBeforeRelease!)).resolves.toBeUndefined();
    for (const run of [inFlightBeforeRelease!, inFlight!, launchedAfter!, programme!]) await expect(replay(testWorkflowBundle(), run)).resolves.toBeUndefined();
    // The release before cannot replay what today's code recorded: the guard is what lets the two meet.
    await expect(replay(releaseBefore, launchedAfter!)).rejects.toMatchObject({ name: 'DeterminismViolationError' });
  });
});
