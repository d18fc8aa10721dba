import type { TimelineEntry } from '@auditflow/domain';
import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE, StepResult } from '@auditflow/samples';
import type { FullStack } from './full-stack';
import { eventually } from './test-stack';
import { readTimeline } from './timeline';

/** The timeline's lines, as GET /audits/{id}/timeline answers them. */
export type { TimelineEntry };

/** Where the sample audit is stopped: before its last step, the minor nonconformity's effectiveness check. */
class StopHere extends Error {}

/** The last effectiveness check as the sample script would send it. */
export interface FollowUpStep {
  findingId: string;
  action: string;
  actor: Parameters<AuditPort['followUp']>[2];
  payload: unknown;
}

/** The audit's whole timeline as its programme manager reads it, oldest first. */
export function timelineOf(stack: FullStack, auditId: string): Promise<TimelineEntry[]> {
  return readTimeline(stack.client, auditId, SAMPLE_PEOPLE.programmeManager.email);
}

/**
 * The sample audit up to its last step: the major nonconformity's follow-up has closed and told the audit, the minor
 * one waits for its effectiveness check. `lastStep` takes that check, which closes the minor follow-up and the audit;
 * `lastCheck` is that step, for a test that sends it itself.
 */
export async function auditBeforeLastCheck(stack: FullStack) {
  const { auditId } = await launchSampleAudit(stack.client);
  const http = new HttpAuditPort(stack.client, auditId);
  let checks = 0;
  let lastCheck: FollowUpStep | undefined;
  const port: AuditPort = {
    act: (action, actor, payload) => http.act(action, actor, payload),
    followUp: (findingId, action, actor, payload) => {
      if (action === 'verifyEffectiveness' && ++checks === 3) {
        lastCheck = { findingId, action, actor, payload };
        throw new StopHere();
      }
      return http.followUp(findingId, action, actor, payload);
    },
  };
  const findings = await runSampleAudit(port).then(
    () => undefined,
    (error: unknown) => {
      if (!(error instanceof StopHere)) throw error;
    },
  );
  expect(findings).toBeUndefined();
  expect(lastCheck).toBeDefined();
  const timeline = await eventually(async () => {
    const entries = await timelineOf(stack, auditId);
    expect(entries.filter((entry) => entry.type === 'follow-up.closed')).toHaveLength(1);
    return entries;
  }, { timeoutMs: 30_000 });
  const major = timeline.find((entry) => entry.type === 'follow-up.closed')!.subjectId!;
  const minor = timeline.find((entry) => entry.type === 'follow-up.opened' && entry.subjectId !== major)!.subjectId!;
  const check = lastCheck!;
  const lastStep = (): Promise<StepResult> => http.followUp(check.findingId, check.action, check.actor, check.payload);
  return { auditId, major, minor, lastCheck: check, lastStep };
}
