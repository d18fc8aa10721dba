/** Finding grades (ISO 19011 6.4.8, common certification-body practice). */
export const FINDING_GRADES = [
  'conformity',
  'major-nonconformity',
  'minor-nonconformity',
  'observation',
  'opportunity-for-improvement',
  'good-practice',
] as const;
export type FindingGrade = (typeof FINDING_GRADES)[number];

export const NONCONFORMITY_GRADES = ['major-nonconformity', 'minor-nonconformity'] as const;
export type NonconformityGrade = (typeof NONCONFORMITY_GRADES)[number];

export function isNonconformity(grade: FindingGrade): grade is NonconformityGrade {
  return grade === 'major-nonconformity' || grade === 'minor-nonconformity';
}

/** A major nonconformity needs an immediate correction as well as a corrective action. */
export function requiresCorrection(grade: NonconformityGrade): boolean {
  return grade === 'major-nonconformity';
}
