/**
 * `compute`, called at most once per `ttlMs`: callers within that time (and callers while it runs) share one answer.
 * A failed computation is not kept, so the next caller tries again.
 */
export function cachedFor<T>(ttlMs: number, compute: () => Promise<T>, now: () => number = Date.now): () => Promise<T> {
  let current: { answer: Promise<T>; expiresAt: number } | undefined;
  return () => {
    if (current && now() < current.expiresAt) return current.answer;
    const answer = compute();
    const entry = { answer, expiresAt: Number.POSITIVE_INFINITY };
    current = entry;
    answer.then(
      () => (entry.expiresAt = now() + ttlMs),
      () => {
        if (current === entry) current = undefined;
      },
    );
    return answer;
  };
}
