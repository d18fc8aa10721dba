/**
 * A value built the first time it is asked for, then kept. The modules the workflows reach build their schemas this
 * way: the worker evaluates them again for every workflow it creates or replays (each has its own module cache in the
 * reusable V8 context), and most workflows parse few of them, so a schema built as its module loads cost every
 * workflow its time and memory for nothing. The API and the web app get the same object on every call.
 */
export function onFirstUse<T extends object>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
