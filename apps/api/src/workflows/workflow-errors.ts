import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Rejection, RejectionKind } from '../../../../libs/domain/src/rejection';
import { REJECTION_FAILURE_TYPE, RejectionDetails } from '../../../../workflows/shared/failures';

/** Turns what Temporal answered for a refused Update back into the Rejection the rules raised. */
export function asRejection(error: unknown): Rejection | undefined {
  if (error instanceof WorkflowNotFoundError) return new Rejection('not-found', 'the workflow of this audit does not exist or has finished');
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type === REJECTION_FAILURE_TYPE) {
    const details = (error.cause.details?.[0] ?? {}) as Partial<RejectionDetails>;
    return new Rejection((details.kind ?? 'conflict') as RejectionKind, error.cause.message, details.field);
  }
  return undefined;
}
