import { ApplicationFailure } from '@temporalio/workflow';
import { Rejection } from '../../libs/domain/src/rejection';

/** The failure type of a progress record the read model refuses for good (raised by the projection activity). */
export const READ_MODEL_REJECTED = 'ReadModelRejected';

/** The failure type clients see for a refused action; details carry kind and field for the HTTP mapping. */
export const REJECTION_FAILURE_TYPE = 'AuditflowRejection';

export interface RejectionDetails {
  kind: Rejection['kind'];
  field?: string;
}

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
