/** Asks `done` every `intervalMs` until it answers true or `deadline` (epoch ms) passes; says whether it did. */
export async function pollUntil(deadline: number, intervalMs: number, done: () => Promise<boolean>): Promise<boolean> {
  while (Date.now() < deadline) {
    if (await done()) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}
