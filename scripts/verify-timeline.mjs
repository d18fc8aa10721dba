#!/usr/bin/env node
// Checks an exported audit timeline against its hash chain, offline, with the same rule as
// GET /audits/{id}/timeline/verify (timeline-chain in the domain). The export is audit.json from the record export
// (GET /audits/{id}/export.zip) as the audit team, the programme manager or the compliance lead read it (the auditee
// side is shown only part of the timeline), or { "auditId": ..., "timeline": [...] }. Needs a build (npm run build).
//   node scripts/verify-timeline.mjs <export.json>
// Prints the verification as JSON; exit code 0 when it verifies, 1 when a line does not match, 2 when the file is unusable.
import { readFileSync } from 'node:fs';
import domain from '@auditflow/domain';
import persistence from '@auditflow/persistence';

export function verifyExport(exported) {
  const auditId = exported?.auditId ?? exported?.audit?.id;
  const timeline = exported?.timeline;
  if (typeof auditId !== 'string' || !Array.isArray(timeline)) {
    throw new Error('the export names no audit id (audit.id or auditId) or has no timeline array');
  }
  return domain.verifyTimelineChain(persistence.sha256Hex, auditId, timeline);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  try {
    if (!file) throw new Error('usage: node scripts/verify-timeline.mjs <export.json>');
    const verification = verifyExport(JSON.parse(readFileSync(file, 'utf8')));
    process.stdout.write(`${JSON.stringify(verification, null, 2)}\n`);
    process.exitCode = verification.verified ? 0 : 1;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
