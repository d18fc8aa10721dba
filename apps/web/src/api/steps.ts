import { csrfHeader } from './client';
import { ApiRefusal } from './refusal';

/**
 * Sends a generated form. Its path depends on the action, so this is a plain fetch rather than the typed client. An
 * Idempotency-Key makes a retried click count once; a refusal comes back as an ApiRefusal naming its fields.
 */
export async function postForm<T>(path: string, payload: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': crypto.randomUUID(), ...csrfHeader(), ...headers },
    body: JSON.stringify(payload),
  });
  const body = (await response.json().catch(() => ({}))) as unknown;
  if (!response.ok) throw ApiRefusal.of(response, body);
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
