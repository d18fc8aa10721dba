import { HealthCheckResult } from '@nestjs/terminus';
import { CheckResult, down } from './health-check';
import { HealthChecks, ReadinessReport } from './health-report.dto';

export const DEPENDENCIES = ['temporal', 'database', 'smtp', 'worker'] as const satisfies readonly (keyof HealthChecks)[];

/**
 * Terminus' answer in the API's terms: each dependency up, or down with its reason. Terminus answers `error` when one
 * is down and `shutting_down` once the API is stopping (so a load balancer stops sending it requests): both are down.
 */
export function readinessReport(result: HealthCheckResult): Omit<ReadinessReport, 'checkedAt'> {
  const checkOf = (key: keyof HealthChecks): CheckResult => {
    const detail = result.details[key] as { status: string; reason?: unknown } | undefined;
    if (!detail) return down('not checked');
    if (detail.status === 'up') return { status: 'up' };
    return down(typeof detail.reason === 'string' ? detail.reason : 'down');
  };
  const checks = Object.fromEntries(DEPENDENCIES.map((key) => [key, checkOf(key)])) as unknown as HealthChecks;
  const allUp = Object.values(checks).every((check) => check.status === 'up');
  return { status: result.status === 'ok' && allUp ? 'up' : 'down', checks };
}
