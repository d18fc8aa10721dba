// Issue 15: workflow code changes while audits started on the old code are in flight. The change is the README's
// command change, guarded by patched() (test/fixtures/rollout/guarded: mail waits a short hold before it goes out),
// rolled out by stopping the worker on the old bundle and starting one on the new bundle on the same task queue.
// patched() answers false while a run replays what it recorded without the marker, and true where a run reaches it
// afresh: an audit in flight replays its recorded steps on the old path, and takes the new path, marking its history,
// from its first step after the rollout. Without the guard (test/fixtures/rollout/unguarded) its history cannot replay.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { REPO_ROOT, workflowBundleCode } from '@auditflow/devstack';
import { auditWorkflowId } from '@auditflow/domain';
import { HttpAuditPort, launchSampleAudit } from '@auditflow/samples';
import { workflowSpanSinks } from '@auditflow/worker';
import { SAMPLE_ACTORS } from '../support/audit-people';
import { useFullStack } from '../support/full-stack';
import { eventually, startWorker, testTemporalAddress, testWorkflowBundle } from '../support/test-stack';
import { HistoryEvent, patchIdOf, Recorded } from '../support/workflow-history';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'rollout');
/** The patch id and the hold of the fixtures' change. */
const PATCH_ID = 'mail-held-before-delivery';
const HOLD_SECONDS = 1;

const as = SAMPLE_ACTORS;

/** The next release's workflow bundle: today's workflows with `mailDelivery` in place of workflows/shared/mail-delivery.ts. */
function bundleRelease(mailDelivery: string): Promise<string> {
  // A relative import is aliased by its absolute path: every import of shared/mail-delivery gets the fixture.
  const original = join(dirname(require.resolve('@auditflow/workflows')), 'shared', 'mail-delivery');
  return workflowBundleCode({ moduleAliases: { [original]: mailDelivery } });
}

const isDelivery = (event: HistoryEvent) => event.activityTaskScheduledEventAttributes?.activityType?.name === 'deliverNotifications';
function isHold(event: HistoryEvent): boolean {
  const timeout = event.timerStartedEventAttributes?.startToFireTimeout;
  return Number(timeout?.seconds ?? 0) === HOLD_SECONDS && !timeout?.nanos;
}

/** Which path a stretch of history took: how often it recorded the patch, how many deliveries it made and how many it held. */
function pathTaken(events: HistoryEvent[]) {
  return {
    marked: events.filter((event) => patchIdOf(event) === PATCH_ID).length,
    deliveries: events.filter(isDelivery).length,
    held: events.filter(isHold).length,
  };
}

/** Every delivery the history scheduled has completed (there is one): the mail of the steps so far went out. */
function deliveriesDone(events: HistoryEvent[]): void {
  const scheduled = new Set(events.filter(isDelivery).map((event) => Number(event.eventId)));
  const completed = events.filter((event) => scheduled.has(Number(event.activityTaskCompletedEventAttributes?.scheduledEventId ?? 0)));
  expect(scheduled.size).toBeGreaterThan(0);
  expect(completed).toHaveLength(scheduled.size);
}

describe('a workflow change rolled out while audits run', () => {
  const stack = useFullStack();
  let connection: Connection;
  let temporal: Client;
  let releaseDir: string;
  let guardedRelease: string;
  let unguardedRelease: string;
  /** The histories the rollout leaves, for the replays. */
  const recorded: { inFlightBeforeRollout?: Recorded; inFlight?: Recorded; launchedAfter?: Recorded } = {};

  beforeAll(async () => {
    connection = await Connection.connect({ address: testTemporalAddress() });
    temporal = new Client({ connection });
    releaseDir = mkdtempSync(join(REPO_ROOT, 'test', '.tmp', 'rollout-'));
    guardedRelease = join(releaseDir, 'workflow-bundle.js');
    writeFileSync(guardedRelease, await bundleRelease(join(FIXTURES, 'guarded', 'mail-delivery.ts')));
    unguardedRelease = await bundleRelease(join(FIXTURES, 'unguarded', 'mail-delivery.ts'));
  }, 120_000);
  afterAll(async () => {
    await connection?.close();
    if (releaseDir) rmSync(releaseDir, { recursive: true, force: true });
  });

  const record = async (auditId: string): Promise<Recorded> => {
    const workflowId = auditWorkflowId(auditId);
    return { workflowId, history: await temporal.workflow.getHandle(workflowId).fetchHistory() };
  };
  const completed = (auditId: string) =>
    eventually(async () => expect((await temporal.workflow.getHandle(auditWorkflowId(auditId)).describe()).status.name).toBe('COMPLETED'), { timeoutMs: 30_000 });
  const phaseOf = async (auditId: string) => (await stack.client.get(`/audits/${auditId}`, as.pm.email)).body.audit.phase;

  it('lets an audit in flight finish: its recorded steps replay on the old path, its steps after the rollout take the new one', async () => {
    // On the old release: an audit launched, contact established, and its mail out.
    const inFlight = await launchSampleAudit(stack.client);
    const inFlightPort = new HttpAuditPort(stack.client, inFlight.auditId);
    await inFlightPort.act('establishContact', as.lead, { channels: ['e-mail'], planningInformationRequested: ['ISMS scope'] });
    // A step schedules its mail before it answers: once every delivery scheduled so far is done, the old release sent it all.
    await eventually(async () => deliveriesDone((await record(inFlight.auditId)).history.events ?? []), { timeoutMs: 30_000 });

    // The rollout: the old worker drains and stops, one on the new release takes the same task queue.
    await stack.worker!.stop();
    stack.worker = undefined;
    recorded.inFlightBeforeRollout = await record(inFlight.auditId);
    const rolloutAt = recorded.inFlightBeforeRollout.history.events!.length;
    stack.worker = await startWorker(stack.config, { workflowBundlePath: guardedRelease });

    // The audit in flight carries on to its end (acknowledged, then judged not feasible, which cancels it). The new
    // worker replays its recorded steps first: no workflow task fails, and the hold starts with its first mail after.
    await inFlightPort.act('acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
    await inFlightPort.act('decideFeasibility', as.lead, { feasible: false, reason: 'The auditee is mid-migration' });
    await completed(inFlight.auditId);
    expect(await phaseOf(inFlight.auditId)).toBe('cancelled');
    recorded.inFlight = await record(inFlight.auditId);
    const inFlightEvents = recorded.inFlight.history.events!;
    expect(pathTaken(inFlightEvents.slice(0, rolloutAt))).toEqual({ marked: 0, deliveries: expect.any(Number), held: 0 });
    const afterRollout = pathTaken(inFlightEvents.slice(rolloutAt));
    expect(afterRollout).toEqual({ marked: 1, deliveries: afterRollout.held, held: expect.any(Number) });
    expect(afterRollout.held).toBeGreaterThanOrEqual(1);
    expect(inFlightEvents.filter((event) => event.workflowTaskFailedEventAttributes)).toEqual([]);

    // An audit launched after the rollout takes the new path from its first step.
    const launchedAfter = await launchSampleAudit(stack.client);
    await new HttpAuditPort(stack.client, launchedAfter.auditId).act('cancelAudit', as.pm, { reason: 'Superseded by a combined audit' });
    await completed(launchedAfter.auditId);
    expect(await phaseOf(launchedAfter.auditId)).toBe('cancelled');
    recorded.launchedAfter = await record(launchedAfter.auditId);
    const launchedAfterEvents = recorded.launchedAfter.history.events!;
    const newPath = pathTaken(launchedAfterEvents);
    expect(newPath).toEqual({ marked: 1, deliveries: newPath.held, held: expect.any(Number) });
    expect(newPath.held).toBeGreaterThanOrEqual(1);
    expect(launchedAfterEvents.findIndex((event) => patchIdOf(event) === PATCH_ID)).toBeLessThan(launchedAfterEvents.findIndex(isDelivery));
    expect(launchedAfterEvents.filter((event) => event.workflowTaskFailedEventAttributes)).toEqual([]);
  });

  it('replays the old and the new histories with the new release, and the old one with the old release; without the guard the old one breaks', async () => {
    const { inFlightBeforeRollout, inFlight, launchedAfter } = recorded;
    expect(inFlightBeforeRollout && inFlight && launchedAfter).toBeTruthy();
    const replay = (workflowBundle: { codePath: string } | { code: string }, { workflowId, history }: Recorded) =>
      // The bundles trace every workflow: their span sink must be there, if only to drop the spans.
      Worker.runReplayHistory({ workflowBundle, sinks: workflowSpanSinks() }, history, workflowId);

    await expect(replay({ codePath: testWorkflowBundle() }, inFlightBeforeRollout!)).resolves.toBeUndefined();
    for (const run of [inFlightBeforeRollout!, inFlight!, launchedAfter!]) await expect(replay({ codePath: guardedRelease }, run)).resolves.toBeUndefined();
    // Unguarded, the recorded delivery meets the new timer.
    await expect(replay({ code: unguardedRelease }, inFlightBeforeRollout!)).rejects.toMatchObject({
      name: 'DeterminismViolationError',
      message: expect.stringContaining('Nondeterminism'),
    });
  });
});
