import { Instance, ProcessExit, Supervisor } from '@auditflow/devstack';

/** An instance that dies when told to, and counts its stops. */
function fakeInstance() {
  let die!: (exit: ProcessExit) => void;
  const exited = new Promise<ProcessExit>((resolve) => (die = resolve));
  const instance = { exited, stops: 0, stop: async () => void (instance.stops += 1), die: () => die({ code: null, signal: 'SIGKILL' }) };
  return instance;
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition not met');
};

describe('the local stack supervisor', () => {
  it('restarts a service that dies, with a growing backoff, and logs each restart', async () => {
    const lines: string[] = [];
    const supervisor = new Supervisor({ log: (line) => lines.push(line), giveUp: () => undefined, initialBackoffMs: 10 });
    const instances = [fakeInstance()];
    supervisor.supervise('worker', instances[0]!, async () => {
      instances.push(fakeInstance());
      return instances.at(-1)! as Instance;
    });
    instances[0]!.die();
    await until(() => instances.length === 2);
    instances[1]!.die();
    await until(() => instances.length === 3);
    expect(lines.filter((line) => line === 'worker restarted')).toHaveLength(2);
    expect(lines[0]).toBe('worker was killed by SIGKILL; restarting it in 0.0 s (crash 1 within 60 s)');
    expect(lines[2]).toContain('crash 2 within 60 s');
  });

  it('gives up, with the reason, when a service keeps crashing', async () => {
    const reasons: string[] = [];
    const supervisor = new Supervisor({ log: () => undefined, giveUp: (reason) => reasons.push(reason), initialBackoffMs: 1, maxRestarts: 2 });
    let current = fakeInstance();
    supervisor.supervise('api', current, async () => (current = fakeInstance()));
    for (let crash = 0; crash < 3; crash += 1) {
      const dying = current;
      dying.die();
      await until(() => current !== dying || reasons.length > 0);
    }
    expect(reasons).toEqual(['api was killed by SIGKILL: 3 crashes within 60 s; stopping everything']);
  });

  it('does not restart what was stopped, or anything once the stack shuts down', async () => {
    const lines: string[] = [];
    const supervisor = new Supervisor({ log: (line) => lines.push(line), giveUp: () => undefined, initialBackoffMs: 1 });
    let starts = 0;
    const first = fakeInstance();
    const supervised = supervisor.supervise('temporal', first, async () => (starts += 1, fakeInstance()));
    await supervised.stop();
    first.die();
    const other = fakeInstance();
    supervisor.supervise('worker', other, async () => (starts += 1, fakeInstance()));
    supervisor.shutdown();
    other.die();
    // The supervisor's handlers were attached first, so they have decided by the time these awaits resume: a restart
    // would already be announced ("restarting it in ...") before its backoff.
    await first.exited;
    await other.exited;
    expect(lines).toEqual([]);
    expect(starts).toBe(0);
    expect(first.stops).toBe(1);
  });
});
