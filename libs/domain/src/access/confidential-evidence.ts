import type { AuditRole } from '../roles';
import { TEAM_ROLES } from '../roles';

/** Who reads confidential evidence (6.4): the audit team and the programme manager. */
const CONFIDENTIAL_READERS: readonly AuditRole[] = [...TEAM_ROLES, 'programme-manager'];

export function readsConfidentialEvidence(roles: readonly AuditRole[]): boolean {
  return roles.some((role) => CONFIDENTIAL_READERS.includes(role));
}

interface EvidenceLike {
  id: string;
  confidential?: boolean;
  description: string;
  reference?: string;
  sampling?: string;
  authorisation?: unknown;
  files?: unknown[];
}

/** The statement that stands in for what confidential evidence says, for readers outside the team. */
export const CONFIDENTIAL_EVIDENCE_PLACEHOLDER = 'Confidential evidence: shown only to the audit team and the programme manager';

/**
 * An audit as read by someone outside the team and the programme manager (the compliance lead, an admin): confidential
 * evidence shows that it exists, its checklist item and who recorded it, never its content or files.
 */
export function withoutConfidentialEvidence<T extends { evidence: EvidenceLike[] }>(detail: T): T {
  return {
    ...detail,
    evidence: detail.evidence.map((evidence) => {
      if (!evidence.confidential) return evidence;
      const { reference: _reference, sampling: _sampling, authorisation: _authorisation, files: _files, ...shown } = evidence;
      return { ...shown, description: CONFIDENTIAL_EVIDENCE_PLACEHOLDER };
    }),
  };
}
