import {
  ANNEX_A_THEMES,
  CHECKLIST_METHODS,
  CLAUSE_QUESTIONS,
  CONTROL_PLACEHOLDER,
  CONTROL_QUESTIONS,
  ISO27001_2022_ANNEX_A,
  ISO27001_2022_CLAUSES,
  ISO_IEC_27001_2022,
  THEME_QUESTION_TEMPLATES,
} from '@auditflow/domain';

const MOST_AUDITED = [
  'A.5.1', 'A.5.9', 'A.5.15', 'A.5.23', 'A.5.24', 'A.5.30', 'A.6.3', 'A.7.1', 'A.8.2',
  'A.8.5', 'A.8.7', 'A.8.8', 'A.8.13', 'A.8.15', 'A.8.16', 'A.8.24', 'A.8.25', 'A.8.32',
];

describe('checklist questions', () => {
  it('asks at least one question for every clause item', () => {
    const asked = new Set(CLAUSE_QUESTIONS.map((q) => q.clause));
    expect(ISO27001_2022_CLAUSES.map((item) => item.id).filter((id) => !asked.has(id))).toEqual([]);
  });

  it('only refers to clause items and controls that exist', () => {
    const clauses = new Set<string>(ISO27001_2022_CLAUSES.map((item) => item.id));
    const controls = new Set<string>(ISO27001_2022_ANNEX_A.map((control) => control.id));
    expect(CLAUSE_QUESTIONS.filter((q) => !clauses.has(q.clause))).toEqual([]);
    expect(CONTROL_QUESTIONS.filter((q) => !controls.has(q.clause))).toEqual([]);
  });

  it('has specific questions for at least 20 controls, including the most audited ones', () => {
    const specific = new Set<string>(CONTROL_QUESTIONS.map((q) => q.clause));
    expect(specific.size).toBeGreaterThanOrEqual(20);
    expect(MOST_AUDITED.filter((id) => !specific.has(id))).toEqual([]);
  });

  it('gives every question the edition, a method, the question and the expected evidence', () => {
    for (const q of [...CLAUSE_QUESTIONS, ...CONTROL_QUESTIONS, ...THEME_QUESTION_TEMPLATES]) {
      expect(q.standard).toBe(ISO_IEC_27001_2022);
      expect(CHECKLIST_METHODS).toContain(q.method);
      expect(q.question.trim()).toMatch(/\?$/);
      expect(q.expectedEvidence.trim().length).toBeGreaterThan(20);
    }
  });

  it('does not repeat a question', () => {
    const texts = [...CLAUSE_QUESTIONS, ...CONTROL_QUESTIONS].map((q) => q.question);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has a template with the control placeholder for every theme', () => {
    for (const theme of ANNEX_A_THEMES) {
      const templates = THEME_QUESTION_TEMPLATES.filter((t) => t.theme === theme);
      expect(templates.length).toBeGreaterThanOrEqual(1);
      for (const template of templates) expect(template.question).toContain(CONTROL_PLACEHOLDER);
    }
  });

  it('covers the climate change issue added by Amd 1:2024 under 4.1', () => {
    expect(CLAUSE_QUESTIONS.some((q) => q.clause === '4.1' && /climate change/i.test(q.question))).toBe(true);
  });
});
