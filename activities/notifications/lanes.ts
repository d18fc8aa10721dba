/**
 * Works through items with up to `width()` tasks at once, each lane taking the next item when its last is done.
 * `next` is asked again after every task, so items added meanwhile are taken too, and a `next` that returns
 * undefined (nothing left, or the caller wants no more started) lets the lanes run dry; the tasks in flight finish.
 * `width` is read again after every task, so a caller can start with one lane and widen once the first went well.
 * Tasks must not throw: each settles its own item.
 */
export function inLanes<T>(next: () => T | undefined, width: () => number, task: (item: T) => Promise<void>): Promise<void> {
  return new Promise<void>((done, fail) => {
    let lanes = 0;
    const widen = () => {
      while (lanes < width()) {
        const item = next();
        if (item === undefined) return;
        lanes += 1;
        lane(item).then(() => {
          lanes -= 1;
          if (lanes === 0) done();
        }, fail);
      }
    };
    const lane = async (first: T) => {
      for (let item: T | undefined = first; item !== undefined; item = next()) {
        await task(item);
        widen();
      }
    };
    widen();
    if (lanes === 0) done();
  });
}
