import { cachedFor } from '@auditflow/api';

/** A computation the test settles by hand, counting its calls. */
function deferredCalls<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const compute = () => new Promise<T>((resolve, reject) => pending.push({ resolve, reject }));
  return { compute, pending };
}

describe('cachedFor', () => {
  it('gives callers within the time the answer of one computation, then computes afresh', async () => {
    let clock = 1_000;
    const calls = deferredCalls<string>();
    const recent = cachedFor(5_000, calls.compute, () => clock);
    const first = recent();
    const whileRunning = recent();
    expect(calls.pending).toHaveLength(1);
    calls.pending[0]!.resolve('first');
    await expect(first).resolves.toBe('first');
    await expect(whileRunning).resolves.toBe('first');
    clock += 4_999;
    await expect(recent()).resolves.toBe('first');
    expect(calls.pending).toHaveLength(1);
    clock += 1;
    const next = recent();
    expect(calls.pending).toHaveLength(2);
    calls.pending[1]!.resolve('second');
    await expect(next).resolves.toBe('second');
  });

  it('counts the time from when the answer came, not from when it was asked for', async () => {
    let clock = 0;
    const calls = deferredCalls<number>();
    const recent = cachedFor(5_000, calls.compute, () => clock);
    const slow = recent();
    clock = 4_000; // the computation took 4 s
    calls.pending[0]!.resolve(1);
    await slow;
    clock = 8_000;
    await expect(recent()).resolves.toBe(1);
    expect(calls.pending).toHaveLength(1);
  });

  it('does not keep a failure: the next caller computes again', async () => {
    const calls = deferredCalls<string>();
    const recent = cachedFor(5_000, calls.compute, () => 0);
    const failing = recent();
    calls.pending[0]!.reject(new Error('boom'));
    await expect(failing).rejects.toThrow('boom');
    const retried = recent();
    expect(calls.pending).toHaveLength(2);
    calls.pending[1]!.resolve('fine');
    await expect(retried).resolves.toBe('fine');
  });
});
