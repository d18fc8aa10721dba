import {
  ISO27001_2022_CLAUSES,
  ISO27001_2022_CLAUSE_SECTIONS,
  ISO_IEC_27001_2022,
  STANDARD_EDITIONS,
  findClauseRequirement,
  isStandardEdition,
} from '@auditflow/domain';

describe('ISO/IEC 27001:2022 clauses 4–10', () => {
  it('lists the checklist granularity in order', () => {
    expect(ISO27001_2022_CLAUSES.map((item) => item.id)).toEqual([
      '4.1', '4.2', '4.3', '4.4',
      '5.1', '5.2', '5.3',
      '6.1.1', '6.1.2', '6.1.3', '6.2', '6.3',
      '7.1', '7.2', '7.3', '7.4', '7.5',
      '8.1', '8.2', '8.3',
      '9.1', '9.2', '9.3',
      '10.1', '10.2',
    ]);
  });

  it('carries the edition, a title and its top-level clause on every item', () => {
    const sections = new Set(ISO27001_2022_CLAUSE_SECTIONS.map((section) => section.id));
    for (const item of ISO27001_2022_CLAUSES) {
      expect(item.standard).toBe(ISO_IEC_27001_2022);
      expect(item.title.trim()).not.toBe('');
      expect(item.id.startsWith(`${item.section}.`)).toBe(true);
      expect(sections.has(item.section)).toBe(true);
    }
  });

  it('has the seven top-level clauses', () => {
    expect(ISO27001_2022_CLAUSE_SECTIONS.map((section) => [section.id, section.title])).toEqual([
      ['4', 'Context of the organization'],
      ['5', 'Leadership'],
      ['6', 'Planning'],
      ['7', 'Support'],
      ['8', 'Operation'],
      ['9', 'Performance evaluation'],
      ['10', 'Improvement'],
    ]);
  });

  it.each([
    ['4.1', 'Understanding the organization and its context'],
    ['6.3', 'Planning of changes'],
    ['10.1', 'Continual improvement'],
    ['10.2', 'Nonconformity and corrective action'],
  ])('titles %s "%s" as in the 2022 edition', (id, title) => {
    expect(findClauseRequirement(id)?.title).toBe(title);
  });

  it('names the parent of the 6.1 subclauses', () => {
    expect(findClauseRequirement('6.1.1')).toMatchObject({
      title: 'General',
      parent: { id: '6.1', title: 'Actions to address risks and opportunities' },
    });
    expect(findClauseRequirement('9.2')?.parent).toBeUndefined();
  });

  it('finds nothing for unknown clause numbers', () => {
    expect(findClauseRequirement('6.1')).toBeUndefined();
    expect(findClauseRequirement('11.1')).toBeUndefined();
  });
});

describe('standard editions', () => {
  it('describes ISO/IEC 27001:2022 with Amd 1:2024', () => {
    expect(STANDARD_EDITIONS[ISO_IEC_27001_2022]).toMatchObject({
      id: 'ISO/IEC 27001:2022',
      designation: 'ISO/IEC 27001',
      year: 2022,
      amendments: [{ id: 'ISO/IEC 27001:2022/Amd 1:2024', title: 'Climate action changes' }],
    });
  });

  it('recognises only known editions', () => {
    expect(isStandardEdition('ISO/IEC 27001:2022')).toBe(true);
    expect(isStandardEdition('ISO/IEC 27001:2013')).toBe(false);
    expect(isStandardEdition('toString')).toBe(false);
  });
});
