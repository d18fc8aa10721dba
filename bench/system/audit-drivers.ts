import type { AuditRole, AuditSettingsOverrides } from '@auditflow/domain';
import { AuditflowClient, AuditPort, HttpAuditPort, runSampleAudit, SAMPLE_PEOPLE, sampleLaunch, sampleProgramme, StepResult } from '@auditflow/samples';

const pm = SAMPLE_PEOPLE.programmeManager.email;

/** Establishes and approves a programme with `settings`; audits launched in it take them. */
export async function approvedProgramme(client: AuditflowClient, settings: AuditSettingsOverrides = {}): Promise<string> {
  const programme = await client.post<{ id: string }>('/programmes', pm, sampleProgramme(settings));
  await client.post(`/programmes/${programme.id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
  return programme.id;
}

/** Launches the sample audit in a programme; resolves with its id once the API answered. */
export async function launchAudit(client: AuditflowClient, programmeId: string): Promise<string> {
  return (await client.post<{ id: string }>('/audits', pm, sampleLaunch(programmeId))).id;
}

/** An AuditPort that times every step it passes on (milliseconds, HTTP call to answer). */
class TimedPort implements AuditPort {
  constructor(
    private readonly inner: AuditPort,
    private readonly latencies: number[],
  ) {}

  act(action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult> {
    return this.timed(() => this.inner.act(action, actor, payload));
  }

  followUp(findingId: string, action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult> {
    return this.timed(() => this.inner.followUp(findingId, action, actor, payload));
  }

  private async timed(call: () => Promise<StepResult>): Promise<StepResult> {
    const started = performance.now();
    const result = await call();
    this.latencies.push(performance.now() - started);
    return result;
  }
}

export interface LifecycleRun {
  audits: number;
  seconds: number;
  auditsPerSecond: number;
  /** Every step's HTTP time, in ms. */
  stepLatencies: number[];
  auditIds: string[];
}

/**
 * `drivers` concurrent clients each launch and drive sample audits through every phase (6.2 to 6.7, the sample
 * script: 48 steps) until `audits` are done; throughput counts from the first launch to the last step.
 */
export async function driveLifecycles(client: AuditflowClient, programmeId: string, audits: number, drivers: number): Promise<LifecycleRun> {
  const stepLatencies: number[] = [];
  const auditIds: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: drivers }, async () => {
      while (next < audits) {
        next += 1;
        const auditId = await launchAudit(client, programmeId);
        auditIds.push(auditId);
        await runSampleAudit(new TimedPort(new HttpAuditPort(client, auditId), stepLatencies));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { audits, seconds, auditsPerSecond: audits / seconds, stepLatencies, auditIds };
}

export interface LaunchRun {
  auditsPerSecond: number;
  latencies: number[];
  auditIds: string[];
}

/** Launches `audits` audits from `concurrency` clients at once, as fast as the API takes them. */
export async function launchMany(client: AuditflowClient, programmeId: string, audits: number, concurrency: number): Promise<LaunchRun> {
  const latencies: number[] = [];
  const auditIds: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < audits) {
        next += 1;
        const begun = performance.now();
        auditIds.push(await launchAudit(client, programmeId));
        latencies.push(performance.now() - begun);
      }
    }),
  );
  return { auditsPerSecond: audits / ((performance.now() - started) / 1000), latencies, auditIds };
}
