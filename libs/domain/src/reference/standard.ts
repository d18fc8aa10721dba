/**
 * Editions of the standards that reference data is written against. Every clause, control and
 * checklist question carries its edition, because the standards are revised and an audit must
 * keep the criteria it was planned with.
 */
export const ISO_IEC_27001_2022 = 'ISO/IEC 27001:2022';

export interface StandardAmendment {
  readonly id: string;
  readonly title: string;
}

export interface StandardEditionInfo {
  readonly id: string;
  readonly designation: string;
  readonly year: number;
  readonly title: string;
  /** Amendments that belong to the edition without changing its identifier. */
  readonly amendments: readonly StandardAmendment[];
}

export const STANDARD_EDITIONS = {
  [ISO_IEC_27001_2022]: {
    id: ISO_IEC_27001_2022,
    designation: 'ISO/IEC 27001',
    year: 2022,
    title:
      'Information security, cybersecurity and privacy protection — Information security management systems — Requirements',
    amendments: [{ id: 'ISO/IEC 27001:2022/Amd 1:2024', title: 'Climate action changes' }],
  },
} as const satisfies Record<string, StandardEditionInfo>;

/** Add an entry to STANDARD_EDITIONS to support another edition. */
export type StandardEdition = keyof typeof STANDARD_EDITIONS;

export function isStandardEdition(value: string): value is StandardEdition {
  return Object.prototype.hasOwnProperty.call(STANDARD_EDITIONS, value);
}
