import { readinessReport } from '@auditflow/api';

const allUp = { temporal: { status: 'up' }, database: { status: 'up' }, smtp: { status: 'up' }, worker: { status: 'up' } } as const;

describe('readinessReport (terminus result to the API answer)', () => {
  it('is up with every dependency up', () => {
    expect(readinessReport({ status: 'ok', details: allUp })).toEqual({ status: 'up', checks: allUp });
  });

  it('is down with the down dependency and its reason', () => {
    const details = { ...allUp, smtp: { status: 'down' as const, reason: 'connect ECONNREFUSED 127.0.0.1:2525' } };
    expect(readinessReport({ status: 'error', details })).toEqual({
      status: 'down',
      checks: { ...allUp, smtp: { status: 'down', reason: 'connect ECONNREFUSED 127.0.0.1:2525' } },
    });
  });

  it('is down while the API shuts down, though every dependency answered', () => {
    expect(readinessReport({ status: 'shutting_down', details: allUp })).toEqual({ status: 'down', checks: allUp });
  });

  it('reports a dependency terminus did not check as down rather than leaving it out', () => {
    const { worker: _worker, ...withoutWorker } = allUp;
    const report = readinessReport({ status: 'ok', details: withoutWorker });
    expect(report.checks.worker).toEqual({ status: 'down', reason: 'not checked' });
    expect(report.status).toBe('down');
  });
});
