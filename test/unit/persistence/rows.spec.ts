import { camelCase, domainRow, pageBounds, plainRow } from '@auditflow/persistence';

describe('plainRow', () => {
  it('renames columns to camelCase, turns timestamps into ISO strings and leaves NULLs out', () => {
    const row = { audit_id: 'a', due_at: new Date('2026-01-05T09:00:00Z'), closed_at: null, extension: { requested_by: 'x' }, last_seq: 4 };
    expect(plainRow(row)).toEqual({ auditId: 'a', dueAt: '2026-01-05T09:00:00.000Z', extension: { requested_by: 'x' } });
  });

  it('reads collection rows as their domain type, without the audit id and write time', () => {
    expect(domainRow({ audit_id: 'a', id: 'F-1', evidence_ids: ['E-1'], updated_at: new Date(0), last_seq: 1 })).toEqual({ id: 'F-1', evidenceIds: ['E-1'] });
  });

  it('camelCases digits too', () => {
    expect(camelCase('checklist_item_ids')).toBe('checklistItemIds');
    expect(camelCase('a_1')).toBe('a1');
  });
});

describe('pageBounds', () => {
  it('defaults to the first 100 rows and caps the page at 500', () => {
    expect(pageBounds({})).toEqual({ limit: 100, offset: 0 });
    expect(pageBounds({ limit: 10_000, offset: -5 })).toEqual({ limit: 500, offset: 0 });
    expect(pageBounds({ limit: 0, offset: 20 })).toEqual({ limit: 1, offset: 20 });
  });
});
