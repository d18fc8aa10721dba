import { createHash } from 'node:crypto';
import { canonicalJson, type ReportDocument } from '@auditflow/domain';

/**
 * The report's hash: SHA-256 of the document model as canonical JSON (the timeline chain's: keys sorted, no whitespace). The model does not
 * hold the hash, so printing it on every page is not circular, and anyone with the model can recompute it.
 */
export function reportDocumentHash(document: ReportDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

/** The hash prefix each page shows. */
export const HASH_PREFIX_LENGTH = 16;

/** What every page of the document carries: its version and hash prefix. */
export function pageMark(document: ReportDocument, hash: string): string {
  return `Report version ${document.version} · SHA-256 ${hash.slice(0, HASH_PREFIX_LENGTH)}`;
}

/** The cover's line about the version's state. */
export function issueLine(document: ReportDocument): string {
  return document.issue ? `Issued ${document.issue.at.slice(0, 10)} by ${document.issue.by} to ${document.issue.recipients.join(', ')}` : `Preview of version ${document.version} (${document.previewOf}): not issued`;
}
