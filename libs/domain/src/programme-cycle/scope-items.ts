import { ISO27001_2022_ANNEX_A } from '../reference/iso27001-2022-annex-a';
import { ISO27001_2022_CLAUSES } from '../reference/iso27001-2022-clauses';

/**
 * Clauses (ISO/IEC 27001:2022 clauses 4–10, e.g. '6.1.2') and Annex A controls (e.g. 'A.5.1') that something
 * covers: an audit area, a window, a loss. Always listed in the standard's order, never alphabetically ('10.1' after '9.3').
 */
export interface ScopeItems {
  clauses: string[];
  controls: string[];
}

const CLAUSE_ORDER = new Map<string, number>(ISO27001_2022_CLAUSES.map((clause, index) => [clause.id, index]));
const CONTROL_ORDER = new Map<string, number>(ISO27001_2022_ANNEX_A.map((control, index) => [control.id, index]));

export const isClauseId = (id: string): boolean => CLAUSE_ORDER.has(id);
export const isAnnexAControlId = (id: string): boolean => CONTROL_ORDER.has(id);

function ordered(ids: Iterable<string>, order: Map<string, number>): string[] {
  return [...new Set(ids)].sort((a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The items of all sets, each once, in the standard's order. */
export function unionOfScopeItems(...sets: ScopeItems[]): ScopeItems {
  return {
    clauses: ordered(sets.flatMap((set) => set.clauses), CLAUSE_ORDER),
    controls: ordered(sets.flatMap((set) => set.controls), CONTROL_ORDER),
  };
}

/** The items of `from` that `without` does not hold. */
export function scopeItemsDifference(from: ScopeItems, without: ScopeItems): ScopeItems {
  const clauses = new Set(without.clauses);
  const controls = new Set(without.controls);
  return unionOfScopeItems({ clauses: from.clauses.filter((id) => !clauses.has(id)), controls: from.controls.filter((id) => !controls.has(id)) });
}

/** The items `a` and `b` both hold. */
export function scopeItemsIntersection(a: ScopeItems, b: ScopeItems): ScopeItems {
  return scopeItemsDifference(a, scopeItemsDifference(a, b));
}

export const hasScopeItems = (items: ScopeItems): boolean => items.clauses.length > 0 || items.controls.length > 0;

/**
 * What a cycle must cover (the coverage rule of clause 5): every clause 4–10, since none of them may be excluded,
 * and every Annex A control the statement of applicability does not exclude.
 */
export function applicableScopeItems(statementOfApplicability: { excluded: { control: string }[] }): ScopeItems {
  const excluded = new Set(statementOfApplicability.excluded.map((exclusion) => exclusion.control));
  return {
    clauses: ISO27001_2022_CLAUSES.map((clause) => clause.id),
    controls: ISO27001_2022_ANNEX_A.map((control) => control.id).filter((id) => !excluded.has(id)),
  };
}
