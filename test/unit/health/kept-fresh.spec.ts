import { KeptFresh } from '@auditflow/api';

/** A probe the test settles by hand, counting its calls. */
function deferredProbe<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const probe = () => new Promise<T>((resolve, reject) => pending.push({ resolve, reject }));
  return { probe, pending };
}

/** Lets the promise callbacks queued so far run. */
const settle = () => new Promise<void>((resolve) => jest.requireActual<typeof import('node:timers')>('node:timers').setImmediate(resolve));

describe('KeptFresh', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('makes a reader before the first answer wait for it, then answers the latest without probing', async () => {
    const calls = deferredProbe<string>();
    const kept = new KeptFresh(calls.probe, 5_000);
    kept.start();
    await settle();
    expect(calls.pending).toHaveLength(1);
    let early: string | undefined;
    void kept.latest().then((answer) => (early = answer));
    await settle();
    expect(early).toBeUndefined();
    calls.pending[0]!.resolve('first');
    await settle();
    expect(early).toBe('first');
    for (let read = 0; read < 10; read++) await expect(kept.latest()).resolves.toBe('first');
    expect(calls.pending).toHaveLength(1);
    await kept.stop();
  });

  it('refreshes every interval in the background, never two probes at once', async () => {
    const calls = deferredProbe<number>();
    const kept = new KeptFresh(calls.probe, 5_000);
    kept.start();
    await settle();
    calls.pending[0]!.resolve(1);
    await settle();
    jest.advanceTimersByTime(4_999);
    await settle();
    expect(calls.pending).toHaveLength(1);
    jest.advanceTimersByTime(1);
    await settle();
    expect(calls.pending).toHaveLength(2);
    // The second probe hangs past the next interval: no third starts, and readers keep the first answer.
    jest.advanceTimersByTime(20_000);
    await settle();
    expect(calls.pending).toHaveLength(2);
    await expect(kept.latest()).resolves.toBe(1);
    calls.pending[1]!.resolve(2);
    await settle();
    await expect(kept.latest()).resolves.toBe(2);
    // It took longer than the interval: the next one starts at once.
    jest.advanceTimersByTime(0);
    await settle();
    expect(calls.pending).toHaveLength(3);
    calls.pending[2]!.resolve(3);
    await kept.stop();
  });

  it('takes the interval from the latest answer when given a function', async () => {
    const calls = deferredProbe<'up' | 'down'>();
    const kept = new KeptFresh(calls.probe, (latest) => (latest === 'up' ? 5_000 : 1_000));
    kept.start();
    await settle();
    calls.pending[0]!.resolve('down');
    await settle();
    jest.advanceTimersByTime(1_000);
    await settle();
    expect(calls.pending).toHaveLength(2);
    calls.pending[1]!.resolve('up');
    await settle();
    jest.advanceTimersByTime(4_999);
    await settle();
    expect(calls.pending).toHaveLength(2);
    jest.advanceTimersByTime(1);
    await settle();
    expect(calls.pending).toHaveLength(3);
    calls.pending[2]!.resolve('up');
    await kept.stop();
  });

  it('keeps the previous answer when a probe fails; a reader with none gets the failure until a probe answers', async () => {
    const calls = deferredProbe<string>();
    const kept = new KeptFresh(calls.probe, 1_000);
    const first = kept.latest();
    await settle();
    calls.pending[0]!.reject(new Error('boom'));
    await expect(first).rejects.toThrow('boom');
    jest.advanceTimersByTime(1_000);
    await settle();
    expect(calls.pending).toHaveLength(2);
    calls.pending[1]!.resolve('fine');
    await expect(kept.latest()).resolves.toBe('fine');
    jest.advanceTimersByTime(1_000);
    await settle();
    calls.pending[2]!.reject(new Error('again'));
    await settle();
    await expect(kept.latest()).resolves.toBe('fine');
    await kept.stop();
  });

  it('stops: waits for the probe under way, then starts none', async () => {
    const calls = deferredProbe<string>();
    const kept = new KeptFresh(calls.probe, 1_000);
    kept.start();
    await settle();
    let stopped = false;
    const stopping = kept.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    calls.pending[0]!.resolve('last');
    await stopping;
    jest.advanceTimersByTime(60_000);
    await settle();
    expect(calls.pending).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
    await expect(kept.latest()).resolves.toBe('last');
  });
});
