import { z } from 'zod';
import { onFirstUse } from '../on-first-use';
import { email, identifier, text, timestamp } from '../schemas';

/** Payloads of the steps every task offers, in an audit and in a follow-up alike. */
export const extensionRequestSchema = onFirstUse(() => z.object({ taskId: identifier, requestedDueAt: timestamp, reason: text }));
export const extensionDecisionSchema = onFirstUse(() => z.object({ taskId: identifier, approve: z.boolean(), note: text.optional() }));
export const reassignmentSchema = onFirstUse(() => z.object({ taskId: identifier, assignee: email }));
