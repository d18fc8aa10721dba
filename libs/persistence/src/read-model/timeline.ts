import { createHash } from 'node:crypto';
import { Actor, AuditPhase, ChainedEntry, Sha256Hex, TimelineEntry, TimelineOrder, TimelineVerification, timelineEventHash, verifyTimelineChain } from '@auditflow/domain';
import { Page, PageRequest, readPage } from './page';
import { ReadModelSource } from './source';

/** One line of an audit's timeline, from the audit workflow or one of its corrective actions (defined in the domain). */
export type { TimelineEntry };

/** What a line's hash is computed from, as stored (snake_case columns). */
export interface ChainedEventRow {
  workflow_id: string;
  seq: number;
  type: string;
  summary: string;
  phase: AuditPhase;
  actor_email: string | null;
  actor_role: Actor['role'] | null;
  actor_person_id: string | null;
  actor_via: Actor['via'] | null;
  subject_id: string | null;
  data: Record<string, unknown> | null;
  occurred_at: Date;
}

interface EventRow extends ChainedEventRow {
  id: string;
  recorded_at: Date;
  prev_hash: string | null;
  hash: string | null;
}

export const sha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The audit's timeline, oldest first; events of one step keep their order (ids are assigned in seq order). */
export async function getTimeline(source: ReadModelSource, auditId: string): Promise<TimelineEntry[]> {
  return toTimeline(await source.query(timelineSql('$1'), [auditId]));
}

/** A page of the audit's whole timeline (the team's reading; the auditee side's is filtered, see the API), with its length. */
export function getTimelinePage(source: ReadModelSource, auditId: string, request: PageRequest & { order: TimelineOrder }): Promise<Page<TimelineEntry>> {
  return readPage(source, request, {
    countSql: (params) => `SELECT count(*)::int AS total FROM audit_events WHERE audit_id = ${params.add(auditId)}`,
    rowsSql: (params) => timelineSql(params.add(auditId), request.order),
    toItem: (row) => toTimelineEntry(row as unknown as EventRow),
  });
}

/** The timeline's query for the audit id `auditId` (a placeholder or a literal); toTimeline reads its rows. */
export function timelineSql(auditId: string, order: TimelineOrder = 'oldest-first'): string {
  return `SELECT id, workflow_id, seq, type, summary, phase, actor_email, actor_role, actor_person_id, actor_via, subject_id, data, occurred_at, recorded_at, prev_hash, hash
     FROM audit_events WHERE audit_id = ${auditId} ORDER BY ${order === 'oldest-first' ? 'occurred_at, id' : 'occurred_at DESC, id DESC'}`;
}

/** The audit's hash chains recomputed from what the database holds now (the rule is the domain's). */
export async function verifyAuditTimeline(source: ReadModelSource, auditId: string): Promise<TimelineVerification> {
  return verifyTimelineChain(sha256Hex, auditId, await getTimeline(source, auditId));
}

/**
 * The hash of a line about to be appended after `previousHash` in its chain: computed from the line exactly as it
 * will be read back, so the writer and the verification see the same content.
 */
export function chainedEventHash(auditId: string, row: ChainedEventRow, previousHash: string | null): string {
  return timelineEventHash(sha256Hex, auditId, chainedEntryOf(row), previousHash);
}

/**
 * The hash of the last line appended to a workflow id's chain (null when it has none yet, or only lines from before
 * the chain). The caller holds the workflow id's lock (lockTimelineChain), so no other writer appends meanwhile.
 */
export async function lastChainHash(db: ReadModelSource, workflowId: string): Promise<string | null> {
  return (await lastChainHashes(db, [workflowId])).get(workflowId) ?? null;
}

/** lastChainHash of several workflow ids in one round trip; ids without a chained line are absent. */
export async function lastChainHashes(db: ReadModelSource, workflowIds: readonly string[]): Promise<Map<string, string>> {
  const rows: Array<{ workflow_id: string; hash: string | null }> = await db.query(
    `SELECT w.id AS workflow_id, (SELECT hash FROM audit_events WHERE workflow_id = w.id AND hash IS NOT NULL ORDER BY id DESC LIMIT 1) AS hash
       FROM unnest($1::text[]) AS w(id)`,
    [[...new Set(workflowIds)]],
  );
  return new Map(rows.flatMap((row) => (row.hash ? [[row.workflow_id, row.hash] as const] : [])));
}

/**
 * The transaction-scoped lock of one workflow id's writes (the projection's lock of a workflow's records is the same
 * lock), so two writers never append to one chain at once. A hash collision only makes two of them wait.
 */
export async function lockTimelineChain(db: ReadModelSource, workflowId: string): Promise<void> {
  await lockTimelineChains(db, [workflowId]);
}

/**
 * The chain locks of several workflow ids in one statement, taken in the ids' sorted order: two writers locking
 * overlapping sets one after the other in the same order never wait for each other in a circle.
 */
export async function lockTimelineChains(db: ReadModelSource, workflowIds: readonly string[]): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended(w.id, 0)) FROM (SELECT DISTINCT id FROM unnest($1::text[]) AS ids(id) ORDER BY id) AS w`, [[...workflowIds]]);
}

function chainedEntryOf(row: ChainedEventRow): ChainedEntry {
  return {
    workflowId: row.workflow_id,
    seq: row.seq,
    type: row.type,
    summary: row.summary,
    phase: row.phase,
    ...(row.actor_email && row.actor_role ? { actor: actorOf(row.actor_email, row.actor_role, row) } : {}),
    ...(row.subject_id !== null ? { subjectId: row.subject_id } : {}),
    ...(row.data !== null ? { data: row.data } : {}),
    occurredAt: row.occurred_at.toISOString(),
  };
}

/** The rows of timelineSql as the timeline's lines. */
export function toTimeline(rows: Array<Record<string, unknown>>): TimelineEntry[] {
  return (rows as unknown as EventRow[]).map(toTimelineEntry);
}

function toTimelineEntry(row: EventRow): TimelineEntry {
  return {
    id: Number(row.id),
    ...chainedEntryOf(row),
    recordedAt: row.recorded_at.toISOString(),
    ...(row.prev_hash !== null ? { prevHash: row.prev_hash } : {}),
    ...(row.hash !== null ? { hash: row.hash } : {}),
  };
}

function actorOf(email: string, role: Actor['role'], row: ChainedEventRow): Actor {
  return { email, role, ...(row.actor_person_id ? { personId: row.actor_person_id } : {}), ...(row.actor_via ? { via: row.actor_via } : {}) };
}
