import { ISO_IEC_27001_2022 } from './standard';

/** A requirement of ISO/IEC 27001:2022 clauses 4–10, at the granularity checklists use. */
export interface ClauseRequirement<Id extends string = string> {
  readonly standard: typeof ISO_IEC_27001_2022;
  readonly id: Id;
  /** Short title as numbered in the standard. */
  readonly title: string;
  /** Top-level clause, '4' to '10'. */
  readonly section: string;
  /** Set when the title alone is ambiguous (6.1.1 is just "General"). */
  readonly parent?: { readonly id: string; readonly title: string };
}

export interface ClauseSection {
  readonly standard: typeof ISO_IEC_27001_2022;
  readonly id: string;
  readonly title: string;
}

function section(id: string, title: string): ClauseSection {
  return { standard: ISO_IEC_27001_2022, id, title };
}

export const ISO27001_2022_CLAUSE_SECTIONS: readonly ClauseSection[] = [
  section('4', 'Context of the organization'),
  section('5', 'Leadership'),
  section('6', 'Planning'),
  section('7', 'Support'),
  section('8', 'Operation'),
  section('9', 'Performance evaluation'),
  section('10', 'Improvement'),
];

const RISKS_AND_OPPORTUNITIES = { id: '6.1', title: 'Actions to address risks and opportunities' } as const;

function clause<Id extends string>(
  id: Id,
  title: string,
  parent?: ClauseRequirement['parent'],
): ClauseRequirement<Id> {
  const item: ClauseRequirement<Id> = { standard: ISO_IEC_27001_2022, id, title, section: id.split('.')[0] ?? id };
  return parent ? { ...item, parent } : item;
}

/**
 * 7.5, 9.2 and 9.3 are kept whole: their numbered subclauses are audited together.
 * Amd 1:2024 adds climate change to 4.1 and 4.2 without renumbering.
 */
export const ISO27001_2022_CLAUSES = [
  clause('4.1', 'Understanding the organization and its context'),
  clause('4.2', 'Understanding the needs and expectations of interested parties'),
  clause('4.3', 'Determining the scope of the information security management system'),
  clause('4.4', 'Information security management system'),
  clause('5.1', 'Leadership and commitment'),
  clause('5.2', 'Policy'),
  clause('5.3', 'Organizational roles, responsibilities and authorities'),
  clause('6.1.1', 'General', RISKS_AND_OPPORTUNITIES),
  clause('6.1.2', 'Information security risk assessment', RISKS_AND_OPPORTUNITIES),
  clause('6.1.3', 'Information security risk treatment', RISKS_AND_OPPORTUNITIES),
  clause('6.2', 'Information security objectives and planning to achieve them'),
  clause('6.3', 'Planning of changes'),
  clause('7.1', 'Resources'),
  clause('7.2', 'Competence'),
  clause('7.3', 'Awareness'),
  clause('7.4', 'Communication'),
  clause('7.5', 'Documented information'),
  clause('8.1', 'Operational planning and control'),
  clause('8.2', 'Information security risk assessment'),
  clause('8.3', 'Information security risk treatment'),
  clause('9.1', 'Monitoring, measurement, analysis and evaluation'),
  clause('9.2', 'Internal audit'),
  clause('9.3', 'Management review'),
  clause('10.1', 'Continual improvement'),
  clause('10.2', 'Nonconformity and corrective action'),
] as const;

export type Iso27001_2022ClauseId = (typeof ISO27001_2022_CLAUSES)[number]['id'];

export function findClauseRequirement(id: string): ClauseRequirement<Iso27001_2022ClauseId> | undefined {
  return ISO27001_2022_CLAUSES.find((item) => item.id === id);
}
