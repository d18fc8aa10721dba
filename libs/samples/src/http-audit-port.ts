import { actionRoute } from '../../domain/src/action-route';
import type { AuditRole } from '../../domain/src/roles';
import type { AuditPort, StepResult } from './sample-audit-script';


export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} answered ${status}: ${JSON.stringify(body)}`);
  }
}

/** Reaches an audit through Auditflow's public HTTP API, as any client would. */
export class HttpAuditPort implements AuditPort {
  constructor(
    private readonly baseUrl: string,
    readonly auditId: string,
  ) {}

  act(action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult> {
    return post(this.baseUrl, `/audits/${this.auditId}/${actionRoute(action)}`, actor, payload);
  }

  /** Follow-up workflows start right after the audit completes; until the first one is recorded the API says 404. */
  async followUp(findingId: string, action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult> {
    const path = `/audits/${this.auditId}/findings/${findingId}/follow-up/${actionRoute(action)}`;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await post(this.baseUrl, path, actor, payload);
      } catch (error) {
        if (!(error instanceof HttpError) || error.status !== 404 || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
}

export async function post<T = StepResult>(baseUrl: string, path: string, actor: { email: string; role: string } | undefined, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(actor ? { 'x-actor-email': actor.email, 'x-actor-role': actor.role } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new HttpError(response.status, parsed, `POST ${path}`);
  return parsed as T;
}
