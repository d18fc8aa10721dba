import { ACTING_ROLE_HEADER, actionRoute } from '@auditflow/domain';
import type { AuditRole } from '@auditflow/domain';
import { AuditflowClient, HttpError } from './client';
import type { AuditPort, StepResult } from './sample-audit-script';

export interface StepActor {
  email: string;
  role: AuditRole | string;
}

/** One step over HTTP as a signed-in person, naming the role they act in. */
export function step<T = StepResult>(client: AuditflowClient, path: string, actor: StepActor, body: unknown): Promise<T> {
  return client.post<T>(path, actor.email, body, { [ACTING_ROLE_HEADER]: actor.role });
}

/** Reaches an audit through Auditflow's public HTTP API, as any client would, each step taken by its signed-in person. */
export class HttpAuditPort implements AuditPort {
  constructor(
    private readonly client: AuditflowClient,
    readonly auditId: string,
  ) {}

  act(action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult> {
    return step(this.client, `/audits/${this.auditId}/${actionRoute(action)}`, actor, payload);
  }

  /**
   * Follow-up workflows start right after the audit completes; until the first one is recorded the API says 404.
   * A loaded machine, or a worker that was just restarted, may take a while to record it: wait up to a minute.
   */
  async followUp(findingId: string, action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult> {
    const path = `/audits/${this.auditId}/findings/${findingId}/follow-up/${actionRoute(action)}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        return await step(this.client, path, actor, payload);
      } catch (error) {
        if (!(error instanceof HttpError) || error.status !== 404 || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
}
