import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';

/** No check may take longer than this; a dependency that does not answer counts as down. */
export const CHECK_TIMEOUT_MS = 3_000;

export class CheckResult {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiPropertyOptional({ description: 'Why the dependency is down', example: 'SMTP_URL is not set' })
  reason?: string;
}

export const up = (): CheckResult => ({ status: 'up' });
export const down = (reason: string): CheckResult => ({ status: 'down', reason });

/** Runs `probe` with a time limit; a throw or a timeout becomes `down` with the reason. */
export async function runCheck(probe: () => Promise<CheckResult>, timeoutMs = CHECK_TIMEOUT_MS): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve(down(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([probe().catch((error: unknown) => down(error instanceof Error ? error.message : String(error))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A check's result as terminus' indicator result under `key`, the reason kept as `reason`. */
export function indicatorResult<const Key extends string>(indicators: HealthIndicatorService, key: Key, result: CheckResult): HealthIndicatorResult<Key> {
  const session = indicators.check(key);
  return result.status === 'up' ? session.up() : session.down({ reason: result.reason });
}
