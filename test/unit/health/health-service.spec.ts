import type { HealthCheckService, HealthIndicatorResult } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@auditflow/config';
import { HealthService } from '@auditflow/api';

type Dependency = 'temporal' | 'database' | 'smtp' | 'worker';

/**
 * HealthService over stand-ins: each dependency answers what the test sets, terminus combines them as it does (any
 * down one makes the result `error`), and the database counts the stuck work the test sets.
 */
function healthOver(options: { interval?: string } = {}) {
  const state = { down: {} as Partial<Record<Dependency, string>>, stuckMail: 0, failedWrites: 0, countingFails: false, rounds: 0 };
  let release: (() => void) | undefined;
  const gate = { hold: false };
  const indicator = (key: Dependency) => ({
    check: async (): Promise<HealthIndicatorResult> => {
      const reason = state.down[key];
      return { [key]: reason ? { status: 'down', reason } : { status: 'up' } } as HealthIndicatorResult;
    },
  });
  const terminus = {
    check: async (checks: (() => Promise<HealthIndicatorResult>)[]) => {
      state.rounds++;
      if (gate.hold) await new Promise<void>((resolve) => (release = resolve));
      const details = Object.assign({}, ...(await Promise.all(checks.map((check) => check()))));
      return { status: Object.values(details).every((detail) => (detail as { status: string }).status === 'up') ? 'ok' : 'error', details, info: {}, error: {} };
    },
  } as unknown as HealthCheckService;
  const database = {
    query: async (sql: string) => {
      if (state.countingFails) throw new Error('Connection terminated unexpectedly');
      return sql.includes('failed_writes') ? [{ n: state.failedWrites }] : [{ undeliverable: state.stuckMail, failing: 0 }];
    },
  } as unknown as DataSource;
  const config = loadConfig({ HEALTH_PROBE_INTERVAL: options.interval ?? 'PT5S' });
  const service = new HealthService(database, config, terminus, indicator('temporal') as never, indicator('database') as never, indicator('smtp') as never, indicator('worker') as never);
  return { service, state, gate, release: () => release?.() };
}

/** Lets the promise callbacks queued so far run. */
const settle = () => new Promise<void>((resolve) => jest.requireActual<typeof import('node:timers')>('node:timers').setImmediate(resolve));

describe('HealthService (GET /health and /health/ready from one background report)', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'], now: new Date('2026-12-03T09:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('makes a call before the first check wait for it, then answers every call from that report until the next', async () => {
    const { service, state, gate, release } = healthOver();
    gate.hold = true;
    service.onApplicationBootstrap();
    await settle();
    let answered = false;
    const first = service.report().then((report) => ((answered = true), report));
    await settle();
    expect(answered).toBe(false);
    release();
    gate.hold = false;
    const report = await first;
    expect(report).toEqual({
      status: 'up',
      checks: { temporal: { status: 'up' }, database: { status: 'up' }, smtp: { status: 'up' }, worker: { status: 'up' } },
      stuck: { undeliverableMail: 0, failingMail: 0, failedWrites: 0 },
      checkedAt: '2026-12-03T09:00:00.000Z',
    });
    state.down.smtp = 'connect ECONNREFUSED 127.0.0.1:2525';
    for (let call = 0; call < 5; call++) await expect(service.report()).resolves.toEqual(report);
    await expect(service.readiness()).resolves.toEqual({ status: 'up', checks: report.checks, checkedAt: report.checkedAt });
    expect(state.rounds).toBe(1);
    await service.beforeApplicationShutdown();
  });

  it('refreshes every HEALTH_PROBE_INTERVAL: a dependency down, stuck work, and down while counting fails', async () => {
    const { service, state } = healthOver({ interval: 'PT2S' });
    service.onApplicationBootstrap();
    await service.report();
    state.down.smtp = 'connect ECONNREFUSED 127.0.0.1:2525';
    await jest.advanceTimersByTimeAsync(2_000);
    const down = await service.report();
    expect(down).toEqual({
      status: 'down',
      checks: { temporal: { status: 'up' }, database: { status: 'up' }, smtp: { status: 'down', reason: 'connect ECONNREFUSED 127.0.0.1:2525' }, worker: { status: 'up' } },
      checkedAt: '2026-12-03T09:00:02.000Z',
    });
    await expect(service.readiness()).resolves.toMatchObject({ status: 'down' });

    delete state.down.smtp;
    state.failedWrites = 2;
    // While something is down the checks run every second, so the recovery shows within one.
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(service.report()).resolves.toMatchObject({ status: 'degraded', stuck: { failedWrites: 2 }, checkedAt: '2026-12-03T09:00:03.000Z' });
    // Stuck work is /health's concern, not readiness'.
    await expect(service.readiness()).resolves.toMatchObject({ status: 'up' });

    state.countingFails = true;
    await jest.advanceTimersByTimeAsync(2_000);
    await expect(service.report()).resolves.toMatchObject({ status: 'down', checks: { database: { status: 'down', reason: 'Connection terminated unexpectedly' } } });
    await service.beforeApplicationShutdown();
  });

  it('answers down once the API begins shutting down, and checks nothing more', async () => {
    const { service, state } = healthOver({ interval: 'PT1S' });
    service.onApplicationBootstrap();
    await service.report();
    await service.beforeApplicationShutdown();
    await expect(service.report()).resolves.toMatchObject({ status: 'down', checks: { temporal: { status: 'up' } } });
    await expect(service.readiness()).resolves.toMatchObject({ status: 'down' });
    const rounds = state.rounds;
    await jest.advanceTimersByTimeAsync(10_000);
    expect(state.rounds).toBe(rounds);
    expect(jest.getTimerCount()).toBe(0);
  });
});
