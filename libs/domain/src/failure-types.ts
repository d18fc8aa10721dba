import type { Rejection } from './rejection';

/** The failure type clients see for a refused action; details carry kind and field for the HTTP mapping. */
export const REJECTION_FAILURE_TYPE = 'AuditflowRejection';

export interface RejectionDetails {
  kind: Rejection['kind'];
  field?: string;
}

/** The failure type of a progress record the read model refuses for good (raised by the projection activity). */
export const READ_MODEL_REJECTED = 'ReadModelRejected';
