/** The largest RSS seen over 10 s once the work before it has run (both processes sampled each second). */
export async function settledMemory(read: () => { worker: number; api: number }): Promise<{ worker: number; api: number }> {
  const peak = { worker: 0, api: 0 };
  for (let sample = 0; sample < 10; sample += 1) {
    const now = read();
    peak.worker = Math.max(peak.worker, now.worker);
    peak.api = Math.max(peak.api, now.api);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return peak;
}
