import { createHash } from 'node:crypto';
import { canonicalJson, ChainedTimelineEntry, timelineEventHash, verifyTimelineChain } from '@auditflow/domain';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const AUDIT = '7d4f9a4e-0000-4000-8000-000000000001';

/** Lines appended in id order, each chained after the last line of its workflow id (as the writers do). */
function chained(lines: Array<Omit<ChainedTimelineEntry, 'id' | 'hash' | 'prevHash'>>, firstId = 1): ChainedTimelineEntry[] {
  const last = new Map<string, string>();
  return lines.map((line, index) => {
    const previous = last.get(line.workflowId) ?? null;
    const hash = timelineEventHash(sha256, AUDIT, line, previous);
    last.set(line.workflowId, hash);
    return { ...line, id: firstId + index, ...(previous ? { prevHash: previous } : {}), hash };
  });
}

const line = (workflowId: string, seq: number, summary: string) => ({ workflowId, seq, type: 'step.recorded', summary, phase: 'preparing' as const, occurredAt: '2027-01-04T08:00:00.000Z' });

describe('the timeline hash chain', () => {
  it('writes JSON with sorted keys at every level and without undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: 'é' }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":"é","z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('hashes the same content after the same line to the same value, and anything else to another', () => {
    const first = timelineEventHash(sha256, AUDIT, line('audit-1', 1, 'Launched'), null);
    expect(timelineEventHash(sha256, AUDIT, { ...line('audit-1', 1, 'Launched'), data: undefined }, null)).toBe(first);
    expect(timelineEventHash(sha256, AUDIT, line('audit-1', 1, 'Launched!'), null)).not.toBe(first);
    expect(timelineEventHash(sha256, AUDIT, line('audit-1', 1, 'Launched'), first)).not.toBe(first);
    expect(timelineEventHash(sha256, 'another-audit', line('audit-1', 1, 'Launched'), null)).not.toBe(first);
  });

  it('verifies untouched chains of several workflows, interleaved', () => {
    const timeline = chained([line('audit-1', 1, 'a'), line('mail:k1', 1, 'sent'), line('audit-1', 2, 'b'), line('follow-up-1', 1, 'c'), line('audit-1', 3, 'd')]);
    expect(verifyTimelineChain(sha256, AUDIT, timeline)).toEqual({ verified: true, events: 5, beforeChain: 0 });
    // Order of the export does not matter: the chain is in id order.
    expect(verifyTimelineChain(sha256, AUDIT, [...timeline].reverse()).verified).toBe(true);
  });

  it('names exactly the line whose content was changed', () => {
    const timeline = chained([line('audit-1', 1, 'a'), line('audit-1', 2, 'b'), line('follow-up-1', 1, 'c'), line('audit-1', 3, 'd')]);
    timeline[1] = { ...timeline[1]!, summary: 'b, rewritten' };
    expect(verifyTimelineChain(sha256, AUDIT, timeline)).toMatchObject({ verified: false, events: 4, firstMismatch: { id: 2, workflowId: 'audit-1', seq: 2, reason: 'content' } });
  });

  it('names the line after one that was removed or rehashed', () => {
    const timeline = chained([line('audit-1', 1, 'a'), line('audit-1', 2, 'b'), line('audit-1', 3, 'c')]);
    expect(verifyTimelineChain(sha256, AUDIT, [timeline[0]!, timeline[2]!]).firstMismatch).toMatchObject({ id: 3, reason: 'link' });
    const forged = { ...timeline[1]!, summary: 'forged' };
    forged.hash = timelineEventHash(sha256, AUDIT, forged, forged.prevHash ?? null);
    expect(verifyTimelineChain(sha256, AUDIT, [timeline[0]!, forged, timeline[2]!]).firstMismatch).toMatchObject({ id: 3, reason: 'link' });
  });

  it('reports lines from before the chain as such, and a line that lost its hash after it began as a mismatch', () => {
    const old: ChainedTimelineEntry[] = [{ ...line('audit-1', 1, 'old'), id: 1 }, { ...line('audit-1', 2, 'old too'), id: 2 }];
    const timeline = [...old, ...chained([line('audit-1', 3, 'new'), line('audit-1', 4, 'newer')], 3)];
    expect(verifyTimelineChain(sha256, AUDIT, timeline)).toEqual({ verified: true, events: 4, beforeChain: 2 });
    const { hash: _hash, ...unhashed } = timeline[3]!;
    expect(verifyTimelineChain(sha256, AUDIT, [...timeline.slice(0, 3), unhashed]).firstMismatch).toMatchObject({ id: 4, reason: 'unhashed' });
  });
});
