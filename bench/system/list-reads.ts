import { SAMPLE_PEOPLE, Session } from '@auditflow/samples';
import { measureHttp } from './baselines/http-load';

export interface ListRead {
  path: string;
  as: string;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

const READERS = [
  ['programme manager', SAMPLE_PEOPLE.programmeManager.email],
  ['auditee', SAMPLE_PEOPLE.auditeeRepresentative.email],
  ['compliance lead', SAMPLE_PEOPLE.complianceLead.email],
] as const;

/**
 * Fills the read model up to `audits` audits and `events` timeline events (rows as the projection writes them), then
 * reads every list endpoint as each reader from one client at a time: the latency of a list, not the server's capacity.
 */
export async function measureLists(options: {
  baseUrl: string;
  databaseUrl: string;
  audits: number;
  events: number;
  signIn: (email: string) => Promise<Session>;
  seconds: number;
  log: (line: string) => void;
}): Promise<ListRead[]> {
  // Loaded here: a run without lists (BENCH_LIST_AUDITS=0) needs none of it.
  const { listEndpoints, seedReadModel } = await import('./read-model-seed.js');
  const started = Date.now();
  await seedReadModel(options.databaseUrl, { audits: options.audits, eventsPerAudit: Math.round(options.events / options.audits), tasksPerAudit: 4 });
  options.log(`read model seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const reads: ListRead[] = [];
  for (const [as, email] of READERS) {
    const session = await options.signIn(email);
    for (const path of listEndpoints()) {
      const result = await measureHttp({ url: `${options.baseUrl}${path}`, connections: 1, durationSeconds: options.seconds, headers: { cookie: session.cookie } });
      reads.push({ path, as, p50Ms: result.p50Ms, p99Ms: result.p99Ms, non2xx: result.non2xx });
    }
  }
  return reads;
}
