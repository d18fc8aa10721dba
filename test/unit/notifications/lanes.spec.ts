import { inLanes } from '@auditflow/activities/notifications';

/** A task that ends when the test says so, and records when it started. */
function controlledTasks() {
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  const task = (item: number) =>
    new Promise<void>((resolve) => {
      started.push(item);
      finish.set(item, resolve);
    });
  return { started, finish: (item: number) => finish.get(item)!(), task };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('inLanes', () => {
  it('runs one lane until the width grows, then as many as it allows, and takes items added meanwhile', async () => {
    const items = [1, 2, 3, 4, 5];
    let width = 1;
    const { started, finish, task } = controlledTasks();
    const all = inLanes(() => items.shift(), () => width, task);
    await flush();
    expect(started).toEqual([1]);
    width = 3;
    items.push(6);
    finish(1);
    await flush();
    expect(started).toEqual([1, 2, 3, 4]);
    for (const item of [2, 3, 4]) finish(item);
    await flush();
    expect(started).toEqual([1, 2, 3, 4, 5, 6]);
    finish(5);
    finish(6);
    await expect(all).resolves.toBeUndefined();
  });

  it('starts nothing more once next says no, and lets the tasks in flight finish', async () => {
    let stop = false;
    const items = [1, 2, 3, 4];
    const { started, finish, task } = controlledTasks();
    let settled = false;
    const all = inLanes(() => (stop ? undefined : items.shift()), () => 2, task).then(() => (settled = true));
    await flush();
    expect(started).toEqual([1, 2]);
    stop = true;
    finish(1);
    await flush();
    expect(started).toEqual([1, 2]);
    expect(settled).toBe(false);
    finish(2);
    await all;
    expect(items).toEqual([3, 4]);
  });

  it('ends at once with nothing to do', async () => {
    await expect(inLanes(() => undefined, () => 4, async () => undefined)).resolves.toBeUndefined();
  });
});
