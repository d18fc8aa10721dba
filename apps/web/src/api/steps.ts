import { csrfHeader } from './client';

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

interface RefusalBody {
  message?: string;
  field?: string;
  violations?: { field: string; message: string }[];
}

/**
 * Takes one step. Its path depends on the action, so this is a plain fetch rather than the typed client; the
 * answer's timeline summary says what was recorded. An Idempotency-Key makes a retried click count once.
 */
export async function postStep(path: string, payload: unknown, headers: Record<string, string>): Promise<{ phase: string; summary: string }> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': crypto.randomUUID(), ...csrfHeader(), ...headers },
    body: JSON.stringify(payload),
  });
  const body = (await response.json().catch(() => ({}))) as RefusalBody & { phase?: string; events?: { summary: string }[] };
  if (!response.ok) {
    const fields = Object.fromEntries((body.violations ?? (body.field ? [{ field: body.field, message: body.message ?? '' }] : [])).map((violation) => [violation.field, violation.message]));
    throw new StepRefusal(response.status, body.message ?? `refused (${response.status})`, fields);
  }
  return { phase: body.phase ?? '', summary: body.events?.map((event) => event.summary).join('; ') ?? 'recorded' };
}
