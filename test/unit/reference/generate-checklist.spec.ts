import {
  CLAUSE_QUESTIONS,
  CONTROL_QUESTIONS,
  ISO27001_2022_ANNEX_A,
  ISO27001_2022_CLAUSES,
  ISO_IEC_27001_2022,
  generateChecklist,
  type ChecklistTemplateItem,
  type GenerateChecklistInput,
} from '@auditflow/domain';
import { compareDottedIds } from './ids';

const standard = ISO_IEC_27001_2022;
const clausesOf = (items: ChecklistTemplateItem[]) => [...new Set(items.map((item) => item.clause))];

function expectRangeError(input: GenerateChecklistInput, id: string): void {
  expect(() => generateChecklist(input)).toThrow(RangeError);
  expect(() => generateChecklist(input)).toThrow(`"${id}"`);
}

describe('generateChecklist', () => {
  const all = generateChecklist({ standard });

  it('covers every clause item and every Annex A control by default', () => {
    expect(clausesOf(all)).toEqual([
      ...ISO27001_2022_CLAUSES.map((item) => item.id),
      ...ISO27001_2022_ANNEX_A.map((control) => control.id),
    ]);
  });

  it('uses every clause question, the specific control questions and one theme question for the other controls', () => {
    const specific = new Set<string>(CONTROL_QUESTIONS.map((q) => q.clause));
    const generic = ISO27001_2022_ANNEX_A.filter((control) => !specific.has(control.id)).length;
    expect(all).toHaveLength(CLAUSE_QUESTIONS.length + CONTROL_QUESTIONS.length + generic);
  });

  it('orders clauses numerically, then controls numerically', () => {
    const order = clausesOf(all);
    const clauses = order.filter((id) => !id.startsWith('A.'));
    const controls = order.filter((id) => id.startsWith('A.'));
    expect(order).toEqual([...clauses, ...controls]);
    expect(clauses).toEqual([...clauses].sort(compareDottedIds));
    expect(controls).toEqual([...controls].sort(compareDottedIds));
    expect(order.indexOf('9.3')).toBeLessThan(order.indexOf('10.1'));
    expect(order.indexOf('A.5.9')).toBeLessThan(order.indexOf('A.5.10'));
    expect(order.indexOf('A.8.9')).toBeLessThan(order.indexOf('A.8.10'));
  });

  it('gives every item a unique key made of edition, clause and position', () => {
    expect(new Set(all.map((item) => item.key)).size).toBe(all.length);
    for (const item of all) {
      expect(item.standard).toBe(standard);
      expect(item.key).toMatch(new RegExp(`^${standard.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#${item.clause}#[1-9]\\d*$`));
    }
    expect(all.filter((item) => item.clause === '9.2').map((item) => item.key)).toEqual([
      'ISO/IEC 27001:2022#9.2#1',
      'ISO/IEC 27001:2022#9.2#2',
      'ISO/IEC 27001:2022#9.2#3',
    ]);
  });

  it('keeps keys and content stable across runs and selections', () => {
    expect(generateChecklist({ standard })).toEqual(all);
    const subset = generateChecklist({ standard, clauses: ['9.2', '6.1.2'], controls: ['A.8.13', 'A.5.2'] });
    const byKey = new Map(all.map((item) => [item.key, item]));
    expect(subset.length).toBeGreaterThan(0);
    for (const item of subset) expect(item).toEqual(byKey.get(item.key));
  });

  it('returns only the selected clauses and controls, in standard order whatever the input order', () => {
    const items = generateChecklist({ standard, clauses: ['10.2', '4.1', '9.2'], controls: ['A.5.10', 'A.8.1', 'A.5.9'] });
    expect(clausesOf(items)).toEqual(['4.1', '9.2', '10.2', 'A.5.9', 'A.5.10', 'A.8.1']);
  });

  it('selects all subclauses of a whole clause number', () => {
    expect(clausesOf(generateChecklist({ standard, clauses: ['6'], controls: [] }))).toEqual([
      '6.1.1', '6.1.2', '6.1.3', '6.2', '6.3',
    ]);
    expect(clausesOf(generateChecklist({ standard, clauses: ['6.1', '10'], controls: [] }))).toEqual([
      '6.1.1', '6.1.2', '6.1.3', '10.1', '10.2',
    ]);
  });

  it('treats empty selections as none and repeated ids as one', () => {
    expect(generateChecklist({ standard, clauses: [], controls: [] })).toEqual([]);
    expect(clausesOf(generateChecklist({ standard, clauses: [] }))).toHaveLength(93);
    expect(clausesOf(generateChecklist({ standard, controls: [] }))).toHaveLength(25);
    expect(generateChecklist({ standard, clauses: ['9.2', '9.2'], controls: ['A.5.1', 'A.5.1'] })).toEqual(
      generateChecklist({ standard, clauses: ['9.2'], controls: ['A.5.1'] }),
    );
  });

  it('leaves out controls the Statement of Applicability excludes, even when listed', () => {
    const excludedControls = ['A.7.1', 'A.8.30', 'A.5.10'];
    const items = generateChecklist({ standard, excludedControls });
    const controls = clausesOf(items).filter((id) => id.startsWith('A.'));
    expect(controls).toHaveLength(90);
    for (const id of excludedControls) expect(controls).not.toContain(id);
    expect(clausesOf(items).filter((id) => !id.startsWith('A.'))).toHaveLength(25);

    const listed = generateChecklist({ standard, clauses: [], controls: ['A.7.1', 'A.7.2'], excludedControls });
    expect(clausesOf(listed)).toEqual(['A.7.2']);
  });

  it('titles clause items with their official title, naming the parent where the title alone is ambiguous', () => {
    const [general] = generateChecklist({ standard, clauses: ['6.1.1'], controls: [] });
    expect(general?.title).toBe('Actions to address risks and opportunities: General');
    const [audit] = generateChecklist({ standard, clauses: ['9.2'], controls: [] });
    expect(audit?.title).toBe('Internal audit');
  });

  it('asks the specific question of a most-audited control', () => {
    const items = generateChecklist({ standard, clauses: [], controls: ['A.8.13'] });
    expect(items).toEqual(
      CONTROL_QUESTIONS.filter((q) => q.clause === 'A.8.13').map((q, i) => ({
        key: `ISO/IEC 27001:2022#A.8.13#${i + 1}`,
        standard,
        clause: 'A.8.13',
        title: 'Information backup',
        question: q.question,
        expectedEvidence: q.expectedEvidence,
        method: q.method,
      })),
    );
  });

  it.each([
    ['A.5.3', 'Segregation of duties', 'document'],
    ['A.6.2', 'Terms and conditions of employment', 'interview'],
    ['A.7.3', 'Securing offices, rooms and facilities', 'observation'],
    ['A.8.6', 'Capacity management', 'test'],
  ] as const)('fills the theme template for %s', (id, title, method) => {
    const items = generateChecklist({ standard, clauses: [], controls: [id] });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ key: `ISO/IEC 27001:2022#${id}#1`, clause: id, title, method });
    expect(items[0]?.question).toContain(`${id} (${title})`);
    expect(items[0]?.question).not.toContain('{control}');
  });

  it('returns copies that callers may change without affecting later checklists', () => {
    const first = generateChecklist({ standard, clauses: ['9.2'], controls: [] });
    const original = first[0]?.question;
    (first[0] as { question: string }).question = 'changed';
    expect(generateChecklist({ standard, clauses: ['9.2'], controls: [] })[0]?.question).toBe(original);
  });

  describe('rejects what it does not know with a RangeError naming the id', () => {
    it.each(['4.5', '11', '6.1.4', '', '7.5.1', 'A.5.1'])('clause "%s"', (id) => {
      expectRangeError({ standard, clauses: ['4.1', id] }, id);
    });

    it.each(['A.5.38', 'A.9.1', '5.1', 'a.5.1'])('control "%s"', (id) => {
      expectRangeError({ standard, controls: ['A.5.1', id] }, id);
    });

    it('excluded control', () => {
      expectRangeError({ standard, excludedControls: ['A.8.35'] }, 'A.8.35');
      expect(() => generateChecklist({ standard, excludedControls: ['A.8.35'] })).toThrow('excludedControls');
    });

    it('standard edition', () => {
      const input = { standard: 'ISO/IEC 27001:2013' } as unknown as GenerateChecklistInput;
      expectRangeError(input, 'ISO/IEC 27001:2013');
    });
  });
});
