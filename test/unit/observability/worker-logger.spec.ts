import { Writable } from 'node:stream';
import { log as activityLog } from '@temporalio/activity';
import { MockActivityEnvironment } from '@temporalio/testing';
import { PinoTemporalLogger, workerPino } from '@auditflow/worker';

/** The worker's JSON lines, parsed, captured instead of printed. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('the worker log', () => {
  it('writes an activity\'s log lines as JSON with its workflow id, run id, activity type and attempt, without the task token', async () => {
    const { lines, stream } = capture();
    const environment = new MockActivityEnvironment(
      { activityType: 'sendMail', attempt: 3, workflowExecution: { workflowId: 'audit-42', runId: 'run-7' }, workflowType: 'auditWorkflow' },
      { logger: new PinoTemporalLogger(workerPino({ LOG_LEVEL: 'info' }, stream)) },
    );
    await environment.run(async () => activityLog.info('mail handed to the relay', { to: 'ann@example.org' }));
    const line = lines.find((entry) => entry.msg === 'mail handed to the relay');
    expect(line).toMatchObject({ level: 30, service: 'auditflow-worker', workflowId: 'audit-42', runId: 'run-7', activityType: 'sendMail', attempt: 3, to: 'ann@example.org' });
    expect(line).not.toHaveProperty('taskToken');
    expect(line).not.toHaveProperty('workflowRunId');
  });

  it('keeps lines below LOG_LEVEL out and serialises errors', () => {
    const { lines, stream } = capture();
    const logger = new PinoTemporalLogger(workerPino({ LOG_LEVEL: 'warn' }, stream));
    logger.info('routine');
    logger.warn('Activity failed', { error: new Error('SMTP refused'), activityType: 'sendMail' });
    expect(lines.map((entry) => entry.msg)).toEqual(['Activity failed']);
    expect(lines[0]).toMatchObject({ level: 40, activityType: 'sendMail', err: { message: 'SMTP refused', type: 'Error' } });
  });
});
