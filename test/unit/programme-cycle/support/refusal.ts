import { Rejection } from '@auditflow/domain';

/** The refusal an edit throws, as kind, field and message, or undefined when it is accepted. */
export function refusal(edit: () => unknown): { kind: string; field?: string; message: string } | undefined {
  try {
    edit();
    return undefined;
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    return error.field === undefined ? { kind: error.kind, message: error.message } : { kind: error.kind, field: error.field, message: error.message };
  }
}
