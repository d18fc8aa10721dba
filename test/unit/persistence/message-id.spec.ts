import { createHash } from 'node:crypto';
import { messageIdFor, notificationDedupeKey } from '@auditflow/persistence';

describe('messageIdFor', () => {
  const key = notificationDedupeKey('audit-7d3c0a58-35a4-4a52-9a39-3b0d2b1f6a10', 'T-1:assigned');

  it('is a Message-ID of 32 hex digits at auditflow, in angle brackets', () => {
    expect(messageIdFor(key)).toMatch(/^<[0-9a-f]{32}@auditflow>$/);
  });

  it('is the first 32 hex digits of the SHA-256 of the dedupe key', () => {
    const digest = createHash('sha256').update(key).digest('hex');
    expect(messageIdFor(key)).toBe(`<${digest.slice(0, 32)}@auditflow>`);
  });

  it('is stable: the same key always gives the same id (a re-send is recognisably the same message)', () => {
    // Pinned value: changing the derivation would make re-sent mail look new to every recipient.
    expect(messageIdFor('audit-x:T-1:assigned')).toBe(messageIdFor('audit-x:T-1:assigned'));
    expect(messageIdFor('audit-x:T-1:assigned')).toBe(`<${createHash('sha256').update('audit-x:T-1:assigned').digest('hex').slice(0, 32)}@auditflow>`);
  });

  it('differs between keys, including keys that differ only slightly', () => {
    const keys = [
      key,
      notificationDedupeKey('audit-x', 'T-1:assigned'),
      notificationDedupeKey('audit-x', 'T-1:assigned:1'),
      notificationDedupeKey('audit-x', 'T-2:assigned'),
      notificationDedupeKey('audit-y', 'T-1:assigned'),
      notificationDedupeKey('audit-x-followup-F-1', 'T-1:assigned'),
      ...Array.from({ length: 1000 }, (_unused, index) => notificationDedupeKey('audit-x', `T-${index}:escalation:1:0`)),
    ];
    expect(new Set(keys.map(messageIdFor)).size).toBe(keys.length);
  });
});

describe('notificationDedupeKey', () => {
  it('prefixes the intent key with the workflow id', () => {
    expect(notificationDedupeKey('audit-1', 'M-1:invite:0')).toBe('audit-1:M-1:invite:0');
  });
});
