/** PostgreSQL data exceptions (22xxx) and integrity violations (23xxx): the same record fails the same way again. */
export function isPermanentDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code);
}
