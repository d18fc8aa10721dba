import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { Rejection, RejectionKind } from '@auditflow/domain';

export const REJECTION_STATUS: Record<RejectionKind, { status: number; error: string }> = {
  malformed: { status: 400, error: 'Bad Request' },
  invalid: { status: 422, error: 'Unprocessable Entity' },
  forbidden: { status: 403, error: 'Forbidden' },
  conflict: { status: 409, error: 'Conflict' },
  'not-found': { status: 404, error: 'Not Found' },
  'too-large': { status: 413, error: 'Payload Too Large' },
};

export function rejectionBody(kind: RejectionKind, message: string, field?: string) {
  const { status, error } = REJECTION_STATUS[kind];
  return {
    statusCode: status,
    error,
    message: field ? `${field}: ${message}` : message,
    ...(field ? { violations: [{ field, rule: 'domain', message }] } : {}),
  };
}

/** A rule refused the request: answer with the status of its kind and its reason. */
@Catch(Rejection)
export class RejectionFilter implements ExceptionFilter {
  catch(rejection: Rejection, host: ArgumentsHost): void {
    const body = rejectionBody(rejection.kind, rejection.message, rejection.field);
    host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>().status(body.statusCode).json(body);
  }
}
