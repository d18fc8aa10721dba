import { fieldChanges } from '@auditflow/domain';

describe('fieldChanges: what a change did to a record, field by field', () => {
  it('lists every field of a new record with its value alone', () => {
    expect(fieldChanges(undefined, { name: 'ISMS 2027', extent: null, objectives: ['Certification'] })).toEqual({
      name: { after: 'ISMS 2027' },
      extent: { after: null },
      objectives: { after: ['Certification'] },
    });
  });

  it('lists only the fields whose values differ, with both values', () => {
    const before = { status: 'draft', approvedBy: null, name: 'ISMS 2027', risks: [{ description: 'Staff', treatment: 'Plan early' }] };
    const after = { status: 'approved', approvedBy: 'Board', name: 'ISMS 2027', risks: [{ description: 'Staff', treatment: 'Plan early' }] };
    expect(fieldChanges(before, after)).toEqual({ status: { before: 'draft', after: 'approved' }, approvedBy: { before: null, after: 'Board' } });
  });

  it('compares nested values as JSON, whatever the order of their keys', () => {
    // PostgreSQL's jsonb hands objects back in its own key order.
    expect(fieldChanges({ settings: { b: 'P1D', aa: 'P2D' } }, { settings: { aa: 'P2D', b: 'P1D' } })).toEqual({});
    expect(fieldChanges({ settings: { b: 'P1D' } }, { settings: { b: 'P3D' } })).toEqual({ settings: { before: { b: 'P1D' }, after: { b: 'P3D' } } });
    expect(fieldChanges({ objectives: ['a', 'b'] }, { objectives: ['b', 'a'] })).toEqual({ objectives: { before: ['a', 'b'], after: ['b', 'a'] } });
  });

  it('gives a field that had no value before a null before', () => {
    expect(fieldChanges({}, { unit: 'Finance' })).toEqual({ unit: { before: null, after: 'Finance' } });
  });
});
