import { csrfHeader } from './client';
import { RefusalBody, refusalFields } from './refusal';

/** Why the API refused a step, with the message for each field it named (400 lists them all, 409/422 one). */
export class StepRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(message);
  }

  get title(): string {
    if (this.status === 400) return 'Please check the form';
    if (this.status === 403) return 'Not yours to do';
    if (this.status === 409) return 'Not possible at this point of the audit';
    if (this.status === 422) return 'Against the audit rules';
    return 'Not done';
  }
}

/**
 * Sends a generated form. Its path depends on the action, so this is a plain fetch rather than the typed client. An
 * Idempotency-Key makes a retried click count once; a refusal comes back as a StepRefusal naming its fields.
 */
export async function postForm<T>(path: string, payload: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': crypto.randomUUID(), ...csrfHeader(), ...headers },
    body: JSON.stringify(payload),
  });
  const body = (await response.json().catch(() => ({}))) as unknown;
  if (!response.ok) {
    const refusal = body as RefusalBody;
    throw new StepRefusal(response.status, refusal.message ?? `refused (${response.status})`, refusalFields(refusal));
  }
  return body as T;
}

export interface StepOutcome {
  /** The audit's phase after the step, or the corrective action's state for a follow-up step. */
  phase: string;
  events: { type: string; summary: string; subjectId?: string }[];
}

/** Takes one step; the answer says what the step recorded. */
export async function postStep(path: string, payload: unknown, headers: Record<string, string>): Promise<StepOutcome> {
  const outcome = await postForm<Partial<StepOutcome>>(path, payload, headers);
  return { phase: outcome.phase ?? '', events: outcome.events ?? [] };
}
