/**
 * Why an action is refused. The API maps kinds to HTTP statuses (malformed → 400, invalid → 422, forbidden → 403,
 * conflict → 409, not-found → 404, too-large → 413); workflow validators raise the same values.
 */
export type RejectionKind = 'malformed' | 'invalid' | 'forbidden' | 'conflict' | 'not-found' | 'too-large';

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

/** The request itself is incomplete or malformed (a header, a parameter), before any rule is asked. */
export const malformed = (field: string, message: string) => new Rejection('malformed', message, field);
export const invalid = (field: string, message: string) => new Rejection('invalid', message, field);
export const conflict = (message: string) => new Rejection('conflict', message);
export const forbidden = (message: string) => new Rejection('forbidden', message);
export const notFound = (message: string) => new Rejection('not-found', message);

export function ensure(condition: unknown, rejection: () => Rejection): asserts condition {
  if (!condition) throw rejection();
}
