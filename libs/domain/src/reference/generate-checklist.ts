import {
  CLAUSE_QUESTIONS,
  CONTROL_PLACEHOLDER,
  CONTROL_QUESTIONS,
  THEME_QUESTION_TEMPLATES,
  type ChecklistMethod,
} from './checklist-questions';
import { ISO27001_2022_ANNEX_A, type AnnexAControl, type Iso27001_2022ControlId } from './iso27001-2022-annex-a';
import { ISO27001_2022_CLAUSES, type ClauseRequirement, type Iso27001_2022ClauseId } from './iso27001-2022-clauses';
import { ISO_IEC_27001_2022 } from './standard';

export interface GenerateChecklistInput {
  readonly standard: typeof ISO_IEC_27001_2022;
  /**
   * Clause numbers to cover; a number with subclauses ('9', '6.1') selects all of them.
   * Omitted: all of clauses 4–10. Empty: none.
   */
  readonly clauses?: readonly string[];
  /** Annex A control ids ('A.8.13') to cover. Omitted: all 93. Empty: none. */
  readonly controls?: readonly string[];
  /** Controls the Statement of Applicability excludes; they are left out even when listed in `controls`. */
  readonly excludedControls?: readonly string[];
}

export interface ChecklistTemplateItem {
  /** Stable across runs and selections, e.g. 'ISO/IEC 27001:2022#9.2#1'. */
  readonly key: string;
  readonly standard: typeof ISO_IEC_27001_2022;
  /** Clause number or Annex A control id. */
  readonly clause: Iso27001_2022ClauseId | Iso27001_2022ControlId;
  readonly title: string;
  readonly question: string;
  readonly expectedEvidence: string;
  readonly method: ChecklistMethod;
}

/** `position` counts from 1 within the questions of one clause or control. */
export function checklistItemKey(standard: typeof ISO_IEC_27001_2022, clause: string, position: number): string {
  return `${standard}#${clause}#${position}`;
}

interface QuestionContent {
  readonly question: string;
  readonly expectedEvidence: string;
  readonly method: ChecklistMethod;
}

function groupByClause<T extends { readonly clause: string }>(items: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.clause);
    if (group) group.push(item);
    else groups.set(item.clause, [item]);
  }
  return groups;
}

const QUESTIONS_BY_CLAUSE = groupByClause(CLAUSE_QUESTIONS);
const QUESTIONS_BY_CONTROL = groupByClause(CONTROL_QUESTIONS);
const CONTROL_IDS: ReadonlySet<string> = new Set(ISO27001_2022_ANNEX_A.map((control) => control.id));

/**
 * Checklist items for an audit's criteria: clause items first, then Annex A controls, each in the
 * order of the standard. Throws a RangeError naming any clause or control id it does not know.
 */
export function generateChecklist(input: GenerateChecklistInput): ChecklistTemplateItem[] {
  if (input.standard !== ISO_IEC_27001_2022) {
    throw new RangeError(`Unsupported standard "${String(input.standard)}"; expected "${ISO_IEC_27001_2022}"`);
  }
  const clauses = input.clauses === undefined ? ISO27001_2022_CLAUSES : selectClauses(input.clauses);
  const included = input.controls === undefined ? CONTROL_IDS : knownControls(input.controls, 'controls');
  const excluded = knownControls(input.excludedControls ?? [], 'excludedControls');
  const controls = ISO27001_2022_ANNEX_A.filter((control) => included.has(control.id) && !excluded.has(control.id));

  return [...clauses.flatMap(clauseItems), ...controls.flatMap(controlItems)];
}

function selectClauses(ids: readonly string[]): ClauseRequirement<Iso27001_2022ClauseId>[] {
  const selected = new Set<string>();
  for (const id of ids) {
    const matches = ISO27001_2022_CLAUSES.filter((item) => item.id === id || item.id.startsWith(`${id}.`));
    if (matches.length === 0) {
      const hint = id.startsWith('A.') ? '; Annex A controls belong in `controls`' : '';
      throw new RangeError(`Unknown ${ISO_IEC_27001_2022} clause "${id}"${hint}`);
    }
    for (const match of matches) selected.add(match.id);
  }
  return ISO27001_2022_CLAUSES.filter((item) => selected.has(item.id));
}

function knownControls(ids: readonly string[], field: string): ReadonlySet<string> {
  for (const id of ids) {
    if (!CONTROL_IDS.has(id)) {
      const hint = id.startsWith('A.') ? '' : '; Annex A ids start with "A." (e.g. "A.5.1")';
      throw new RangeError(`Unknown ${ISO_IEC_27001_2022} Annex A control "${id}" in ${field}${hint}`);
    }
  }
  return new Set(ids);
}

function clauseItems(clause: ClauseRequirement<Iso27001_2022ClauseId>): ChecklistTemplateItem[] {
  const title = clause.parent ? `${clause.parent.title}: ${clause.title}` : clause.title;
  return toItems(clause.id, title, QUESTIONS_BY_CLAUSE.get(clause.id) ?? []);
}

function controlItems(control: AnnexAControl<Iso27001_2022ControlId>): ChecklistTemplateItem[] {
  const specific = QUESTIONS_BY_CONTROL.get(control.id);
  if (specific) return toItems(control.id, control.title, specific);
  const name = `control ${control.id} (${control.title})`;
  const generic = THEME_QUESTION_TEMPLATES.filter((template) => template.theme === control.theme).map((template) => ({
    question: template.question.replaceAll(CONTROL_PLACEHOLDER, name),
    expectedEvidence: template.expectedEvidence,
    method: template.method,
  }));
  return toItems(control.id, control.title, generic);
}

function toItems(
  clause: Iso27001_2022ClauseId | Iso27001_2022ControlId,
  title: string,
  questions: readonly QuestionContent[],
): ChecklistTemplateItem[] {
  return questions.map((content, index) => ({
    key: checklistItemKey(ISO_IEC_27001_2022, clause, index + 1),
    standard: ISO_IEC_27001_2022,
    clause,
    title,
    question: content.question,
    expectedEvidence: content.expectedEvidence,
    method: content.method,
  }));
}
