import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { workflowSpanSinks } from '@auditflow/worker';
import { loadHistoryFixtures } from '../support/replay-fixtures';
import { testWorkflowBundle } from '../support/test-stack';

// A workflow change that would break runs in flight (non-determinism) fails here, against recorded histories.
// Re-record after an intended, versioned change: RECORD_REPLAY_FIXTURES=1 npm test -- test/e2e
describe('replay of recorded workflow histories', () => {
  const fixtures = loadHistoryFixtures();

  it('has histories of every workflow type to replay', () => {
    const types = new Set(fixtures.map((fixture) => (historyFromJSON(fixture.history).events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? '')));
    expect([...types].sort()).toEqual(['auditLifecycle', 'auditProgramme', 'correctiveActionFollowUp']);
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  // Audits running before follow-ups named themselves close them on the finding alone: that path must keep replaying.
  // This history is kept as it was recorded then (no test records it again).
  it('has an audit history whose follow-ups told it they closed by naming the finding alone', () => {
    const kept = fixtures.find((fixture) => fixture.name === 'audit-closed-before-sender-check');
    const findingOnlySignals = (historyFromJSON(kept?.history).events ?? [])
      .map((event) => event.workflowExecutionSignaledEventAttributes)
      .filter((signal) => signal?.signalName === 'followUpClosed' && signal.input?.payloads?.length === 1);
    expect(findingOnlySignals).toHaveLength(2);
  });

  // Follow-ups that may defer checks and schedule re-checks look before each wait; those started before do not. Both
  // loops must keep replaying: one history of each, told their audit once (the re-checked one before its re-check).
  it('has follow-up histories from before and after effectiveness checks could be scheduled', () => {
    const followUpRun = (name: string) => {
      const events = historyFromJSON(fixtures.find((fixture) => fixture.name === name)?.history).events ?? [];
      const input = JSON.parse(Buffer.from(events[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0]?.data ?? []).toString('utf8')) as {
        followUp: { settings: { effectivenessChecksSchedulable?: boolean } };
      };
      const toldAudit = events.filter((event) => event.signalExternalWorkflowExecutionInitiatedEventAttributes?.signalName === 'followUpClosed');
      return { schedulable: input.followUp.settings.effectivenessChecksSchedulable, told: toldAudit.length, timers: events.filter((event) => event.timerFiredEventAttributes).length };
    };
    expect(followUpRun('follow-up-minor')).toMatchObject({ schedulable: undefined, told: 1 });
    expect(followUpRun('follow-up-rechecked')).toMatchObject({ schedulable: true, told: 1 });
    expect(followUpRun('follow-up-rechecked').timers).toBeGreaterThanOrEqual(2);
    expect(followUpRun('follow-up-verification-deferred')).toMatchObject({ schedulable: true, told: 1 });
  });

  it('replays every history with the current workflow code without non-determinism', async () => {
    const results = Worker.runReplayHistories(
      // The bundle traces every workflow: its span sink must be there, if only to drop the spans.
      { workflowBundle: { codePath: testWorkflowBundle() }, sinks: workflowSpanSinks() },
      fixtures.map((fixture) => ({ workflowId: fixture.workflowId, history: historyFromJSON(fixture.history) })),
    );
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of results) {
      replayed += 1;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(fixtures.length);
  });
});
