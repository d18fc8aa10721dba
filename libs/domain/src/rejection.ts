/**
 * Why an action is refused. The API maps kinds to HTTP statuses (invalid → 422, forbidden → 403,
 * conflict → 409, not-found → 404); workflow validators raise the same values.
 */
export type RejectionKind = 'invalid' | 'forbidden' | 'conflict' | 'not-found';

export class Rejection extends Error {
  constructor(
    readonly kind: RejectionKind,
    message: string,
    /** The request field at fault, for `invalid`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'Rejection';
  }
}

export const invalid = (field: string, message: string) => new Rejection('invalid', message, field);
export const conflict = (message: string) => new Rejection('conflict', message);
export const forbidden = (message: string) => new Rejection('forbidden', message);
export const notFound = (message: string) => new Rejection('not-found', message);

export function ensure(condition: unknown, rejection: () => Rejection): asserts condition {
  if (!condition) throw rejection();
}
