/** The body of a refusal as the API words it: a message, and for 400 (and 409/422 naming one) the fields at fault. */
export interface RefusalBody {
  message?: string;
  field?: string;
  violations?: { field?: string; message?: string }[];
}

/** The message for each field a refusal names: 400 lists them all, a 409 or 422 at most one. */
export function refusalFields(body: RefusalBody): Record<string, string> {
  const violations = body.violations ?? (body.field ? [{ field: body.field, message: body.message }] : []);
  return Object.fromEntries(violations.filter((violation) => violation.field).map((violation) => [violation.field!, violation.message ?? '']));
}

/** Why the API refused a form: its status, its message and the message for each field it named. */
export class ApiRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(message);
  }

  /** The refusal of an answer: its status and its body (openapi-fetch's `error`, or a parsed body). */
  static of(response: Response, body: unknown, options: { fieldOfConflict?: string } = {}): ApiRefusal {
    const refusal = (body && typeof body === 'object' ? body : {}) as RefusalBody;
    const message = refusal.message ?? `refused (${response.status})`;
    const fields = refusalFields(refusal);
    // Some conflicts can only be about one field of the form (an address already taken) yet name none.
    if (response.status === 409 && options.fieldOfConflict && Object.keys(fields).length === 0) fields[options.fieldOfConflict] = message;
    return new ApiRefusal(response.status, message, fields);
  }

  get title(): string {
    if (this.status === 400) return 'Please check the form';
    if (this.status === 403) return 'Not yours to do';
    if (this.status === 404) return 'Not found';
    if (this.status === 409) return 'In conflict with what is recorded';
    if (this.status === 422) return 'Against the rules';
    return 'Not done';
  }

  /** The message for a form field: named by it, or by one of its parts (`roles.0` belongs to `roles`). */
  field(name: string): string | undefined {
    const messages = Object.entries(this.fields)
      .filter(([field]) => field === name || field.startsWith(`${name}.`))
      .map(([, message]) => message);
    return messages.length ? [...new Set(messages)].join('; ') : undefined;
  }

  /** Fields it named that are not among the form's, so the form can say so rather than drop them. */
  otherFields(names: readonly string[]): string[] {
    return Object.keys(this.fields).filter((field) => !names.some((name) => field === name || field.startsWith(`${name}.`)));
  }
}

/** Any error as a refusal, so a form shows a network failure the same way as an answer it did not expect. */
export function asRefusal(error: unknown): ApiRefusal {
  return error instanceof ApiRefusal ? error : new ApiRefusal(0, error instanceof Error ? error.message : String(error), {});
}
