import type { TimelineEntry } from './views/audit-detail';
import type { TimelineVerification } from './views/timeline-verification';

/**
 * The hash chain of an audit's timeline (issue 12.5), defined once for the writers, GET /audits/{id}/timeline/verify
 * and the command-line check over an export.
 *
 * There is one chain per workflow id of the audit (the audit's workflow, each follow-up, each mail's and each admin
 * decision's own line of side events), ordered by insertion (the row id). Every writer of a workflow id holds that
 * workflow id's lock while it appends, so the chain is never forked by concurrent writers, and an event written once
 * is never written again (insert-only), so retries and replays keep its hash. Insertion order and not seq: a step
 * the read model refused may be recorded later, after the steps that followed it.
 *
 * An event's hash is SHA-256 over the canonical JSON of { content, previous }: its content (what the timeline shows
 * of it, without the row id and the time of recording, plus the audit id) and the hash of the event before it in its
 * chain (null for the first). Rows written before the chain existed carry no hash; they come before every hashed row
 * of the audit and are reported as before the chain.
 */

/** SHA-256 as lowercase hex; the domain stays free of Node, so callers pass theirs. */
export type Sha256Hex = (text: string) => string;

/** JSON with object keys sorted at every level; undefined members left out (as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const members = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}

/** What of a timeline line is hashed: everything it says, not where or when the database stored it. */
export type ChainedEntry = Pick<TimelineEntry, 'workflowId' | 'seq' | 'type' | 'summary' | 'phase' | 'actor' | 'subjectId' | 'data' | 'occurredAt'>;

export function chainedContent(auditId: string, entry: ChainedEntry): Record<string, unknown> {
  return {
    auditId,
    workflowId: entry.workflowId,
    seq: entry.seq,
    type: entry.type,
    summary: entry.summary,
    phase: entry.phase,
    actor: entry.actor,
    subjectId: entry.subjectId,
    data: entry.data,
    occurredAt: entry.occurredAt,
  };
}

export function timelineEventHash(sha256: Sha256Hex, auditId: string, entry: ChainedEntry, previousHash: string | null): string {
  return sha256(canonicalJson({ content: chainedContent(auditId, entry), previous: previousHash }));
}

/** A line as exported or read back: with its row id and, from the chain's start on, its hashes. */
export type ChainedTimelineEntry = ChainedEntry & { id: number; prevHash?: string; hash?: string };

/**
 * Recomputes every chain of the audit and names the first line (lowest id) that does not match: its content was
 * changed (its hash is not that of what it says), its link was (its previous hash is not the hash of the line before
 * it in its chain: a line removed, inserted or reordered), or it lost its hash after the chain began.
 */
export function verifyTimelineChain(sha256: Sha256Hex, auditId: string, entries: readonly ChainedTimelineEntry[]): TimelineVerification {
  const ordered = [...entries].sort((a, b) => a.id - b.id);
  const chainStart = ordered.find((entry) => entry.hash !== undefined)?.id ?? Infinity;
  const lastHashOf = new Map<string, string>();
  const events = ordered.length;
  let beforeChain = 0;
  for (const entry of ordered) {
    if (entry.hash === undefined) {
      if (entry.id < chainStart) {
        beforeChain += 1;
        continue;
      }
      return mismatch(events, beforeChain, entry, 'unhashed', 'the line has no hash, though lines before it have');
    }
    const previous = lastHashOf.get(entry.workflowId) ?? null;
    if ((entry.prevHash ?? null) !== previous) {
      return mismatch(events, beforeChain, entry, 'link', 'its previous hash is not the hash of the line before it in its chain (a line was removed, inserted or changed)');
    }
    if (timelineEventHash(sha256, auditId, entry, previous) !== entry.hash) {
      return mismatch(events, beforeChain, entry, 'content', 'its content does not match its hash (it was changed after it was recorded)');
    }
    lastHashOf.set(entry.workflowId, entry.hash);
  }
  return { verified: true, events, beforeChain };
}

function mismatch(events: number, beforeChain: number, entry: ChainedTimelineEntry, reason: 'content' | 'link' | 'unhashed', explanation: string): TimelineVerification {
  return {
    verified: false,
    events,
    beforeChain,
    firstMismatch: { id: entry.id, workflowId: entry.workflowId, seq: entry.seq, type: entry.type, reason, explanation },
  };
}
