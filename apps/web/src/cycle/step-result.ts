import type { paths } from '../api/schema';
import { ApiRefusal } from '../api/refusal';

/** What a step of the cycle answers: the cycle's status and the events it recorded (a skip names the gap it leaves). */
export type StepResult = paths['/programmes/{id}/cycle/windows/{windowId}/skip']['post']['responses'][200]['content']['application/json'];

/** The typed client's answer as the step's result, or its refusal naming the fields at fault. */
export function stepResult(answer: { data?: StepResult; error?: unknown; response: Response }): StepResult {
  if (!answer.data) throw ApiRefusal.of(answer.response, answer.error);
  return answer.data;
}

/** A retried click takes effect once: each submission carries its own key. */
export const idempotencyHeader = () => ({ 'Idempotency-Key': crypto.randomUUID() });
