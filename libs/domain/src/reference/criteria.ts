import { ISO27001_2022_ANNEX_A } from './iso27001-2022-annex-a';
import { ISO27001_2022_CLAUSES } from './iso27001-2022-clauses';

/** A criterion of an organisation's own (a policy, a contract clause), kept by id in the programme's settings. */
export interface OrganisationCriterion {
  id: string;
  title: string;
}

export interface AuditCriterion {
  id: string;
  title: string;
  source: 'ISO/IEC 27001:2022 clause' | 'ISO/IEC 27001:2022 Annex A' | 'organisation';
}

const same = (left: string, right: string) => left.trim().toLowerCase() === right.trim().toLowerCase();

/**
 * The criterion a finding is judged against (ISO 19011 6.3.4, 6.4.8), by its id in the reference data: an ISO/IEC
 * 27001:2022 clause (9.2) or Annex A control (A.8.15), or one of the organisation's own criteria. Letter case and
 * surrounding spaces do not matter; the answer carries the canonical id. Undefined for anything else.
 */
export function resolveCriterion(criterion: string, organisation: readonly OrganisationCriterion[] = []): AuditCriterion | undefined {
  const clause = ISO27001_2022_CLAUSES.find((candidate) => same(candidate.id, criterion));
  if (clause) return { id: clause.id, title: clause.title, source: 'ISO/IEC 27001:2022 clause' };
  const control = ISO27001_2022_ANNEX_A.find((candidate) => same(candidate.id, criterion));
  if (control) return { id: control.id, title: control.title, source: 'ISO/IEC 27001:2022 Annex A' };
  const own = organisation.find((candidate) => same(candidate.id, criterion));
  return own && { id: own.id, title: own.title, source: 'organisation' };
}

/** The refusal's words: what a criterion may be. */
export function criterionRule(organisation: readonly OrganisationCriterion[] = []): string {
  const own = organisation.length ? `, or one of the programme's own criteria (${organisation.map((criterion) => criterion.id).join(', ')})` : '';
  return `must be an ISO/IEC 27001:2022 clause such as 9.2 or an Annex A control such as A.8.15${own}`;
}
