import { ApplicationFailure } from '@temporalio/workflow';
import { Rejection, REJECTION_FAILURE_TYPE, RejectionDetails } from '@auditflow/domain/workflow';

/** Runs a rule; a Rejection becomes a non-retryable ApplicationFailure the client can map to 4xx. */
export function enforce<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof Rejection) {
      const details: RejectionDetails = { kind: error.kind, field: error.field };
      throw ApplicationFailure.create({ type: REJECTION_FAILURE_TYPE, message: error.message, details: [details], nonRetryable: true });
    }
    throw error;
  }
}
