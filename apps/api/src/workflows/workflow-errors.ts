import { HttpException, HttpStatus } from '@nestjs/common';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { isGrpcDeadlineError, isGrpcServiceError, ServiceError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { Rejection, REJECTION_FAILURE_TYPE, RejectionDetails, RejectionKind } from '@auditflow/domain';

/** Turns what Temporal answered for a refused Update back into the Rejection the rules raised. */
export function asRejection(error: unknown): Rejection | undefined {
  if (error instanceof WorkflowNotFoundError) return new Rejection('not-found', 'the workflow of this audit does not exist or has finished');
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type === REJECTION_FAILURE_TYPE) {
    const details = (error.cause.details?.[0] ?? {}) as Partial<RejectionDetails>;
    return new Rejection((details.kind ?? 'conflict') as RejectionKind, error.cause.message, details.field);
  }
  return undefined;
}

/** Seconds a client should wait before retrying when the workflows did not answer. */
export const RETRY_AFTER_SECONDS = 5;

/** Thrown as a 503 with Retry-After (see UnavailableFilter). */
export class WorkflowsUnavailable extends HttpException {
  constructor(message: string) {
    super({ statusCode: 503, error: 'Service Unavailable', message, retryAfterSeconds: RETRY_AFTER_SECONDS }, HttpStatus.SERVICE_UNAVAILABLE);
  }
}

const UNAVAILABLE_GRPC_CODES = new Set([4 /* DEADLINE_EXCEEDED */, 14 /* UNAVAILABLE */, 1 /* CANCELLED */]);

/**
 * Temporal did not answer within the deadline, or cannot be reached: the step may or may not be taken later, so the
 * answer tells the client to retry with the same Idempotency-Key, which takes it at most once.
 */
export function asUnavailable(error: unknown, timeoutMs: number): WorkflowsUnavailable | undefined {
  const grpcCode = isGrpcServiceError(error) ? error.code : isGrpcServiceError((error as { cause?: unknown })?.cause) ? (error as { cause: { code: number } }).cause.code : undefined;
  const connectionFailure = error instanceof ServiceError || (error instanceof Error && /connect|ECONNREFUSED|transport/i.test(error.message) && !(error instanceof WorkflowUpdateFailedError));
  if (isGrpcDeadlineError(error) || error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || (grpcCode !== undefined && UNAVAILABLE_GRPC_CODES.has(grpcCode)) || connectionFailure) {
    return new WorkflowsUnavailable(
      `the audit workflows did not answer within ${timeoutMs / 1000} s (${error instanceof Error ? error.message : String(error)}); ` +
        'retry with the same Idempotency-Key: the step is taken at most once',
    );
  }
  return undefined;
}

/** Runs one call to Temporal within the step deadline; refusals come back as Rejections, silence as a 503. */
export async function withinStepDeadline<T>(client: { withDeadline<R>(deadline: number, fn: () => Promise<R>): Promise<R> }, timeoutMs: number, operation: () => Promise<T>): Promise<T> {
  try {
    return await client.withDeadline(Date.now() + timeoutMs, operation);
  } catch (error) {
    throw asRejection(error) ?? asUnavailable(error, timeoutMs) ?? error;
  }
}
