/**
 * How the rules behave on a large audit: time per step (rules + delta, what a workflow task computes) and the size of
 * what each step sends to the projection activity (what Temporal stores in history).
 *
 * Targets: p95 per step under 10 ms, largest progress record under 64 KiB, heap under 256 MiB, for an audit with
 * 500 checklist items, 1,000 pieces of evidence and 200 findings.
 * Run: npm run bench
 */
import { AuditState, diffAudit, performAuditAction, startAudit, DEFAULT_AUDIT_SETTINGS, AuditActionName, earliestDue } from '@auditflow/domain';
import { SAMPLE_PEOPLE as P, sampleLaunch, sampleMeeting, samplePlan } from '@auditflow/samples';

const TARGETS = { p95Ms: 10, maxRecordBytes: 64 * 1024, heapBytes: 256 * 1024 * 1024 };
const as = {
  pm: { email: P.programmeManager.email, role: 'programme-manager' as const },
  lead: { email: P.teamLeader.email, role: 'team-leader' as const },
  auditor: { email: P.auditor.email, role: 'auditor' as const },
  rep: { email: P.auditeeRepresentative.email, role: 'auditee-representative' as const },
};

let clock = Date.parse('2027-01-04T08:00:00Z');
const now = () => new Date((clock += 1000)).toISOString();
const timings: number[] = [];
let maxRecordBytes = 0;

let state: AuditState = startAudit(
  { ...sampleLaunch('11111111-1111-4111-8111-111111111111', clock), auditId: '22222222-2222-4222-8222-222222222222', programmeManager: P.programmeManager, complianceLead: P.complianceLead } as never,
  DEFAULT_AUDIT_SETTINGS,
  now(),
).state;

function step(action: AuditActionName, actor: (typeof as)[keyof typeof as], payload: unknown): void {
  const started = process.hrtime.bigint();
  const outcome = performAuditAction(state, action, actor, payload, now());
  const delta = diffAudit(state, outcome.state, earliestDue(outcome.state.tasks));
  timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  maxRecordBytes = Math.max(maxRecordBytes, Buffer.byteLength(JSON.stringify({ events: outcome.events, delta })));
  state = outcome.state;
}

step('acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
step('decideFeasibility', as.lead, { feasible: true, reason: 'available' });
step('requestDocuments', as.lead, { documents: [{ name: 'SoA' }] });
step('supplyDocument', as.rep, { documentId: 'D-1', reference: 'dms://soa' });
step('recordDocumentReview', as.lead, { adequate: true, concerns: [] });
step('addChecklistItems', as.lead, { generate: { standard: 'ISO/IEC 27001:2022' } });
while (state.checklist.length < 500) {
  step('addChecklistItems', as.auditor, {
    items: Array.from({ length: 20 }, (_, index) => ({ clause: 'A.8.15', question: `Sampled log source ${state.checklist.length + index}?`, expectedEvidence: 'Log extract', method: 'test' })),
  });
}
step('assignWork', as.lead, { assignments: [{ auditor: P.auditor.email, area: 'Everything' }] });
step('draftPlan', as.lead, { content: samplePlan(clock) });
step('presentPlan', as.lead, {});
step('answerPlan', as.rep, { accepted: true });
step('scheduleMeeting', as.lead, sampleMeeting('opening', clock));
step('holdOpeningMeeting', as.lead, { attendance: [P.teamLeader.email], minutes: 'ok' });
for (let index = 0; index < 1000; index += 1) {
  step('recordEvidence', as.auditor, { checklistItemId: `C-${(index % 500) + 1}`, kind: 'record', description: `Record ${index}` });
}
for (let index = 0; index < 200; index += 1) {
  step('recordFinding', as.auditor, { grade: index % 10 === 0 ? 'minor-nonconformity' : 'observation', criterion: 'A.8.15', statement: `Finding ${index}`, evidenceIds: [`E-${index + 1}`] });
}

const sorted = [...timings].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
global.gc?.();
const heap = process.memoryUsage().heapUsed;
const results = {
  steps: timings.length,
  p50Ms: percentile(50),
  p95Ms: percentile(95),
  maxMs: sorted[sorted.length - 1]!,
  maxRecordBytes,
  heapBytes: heap,
  checklist: state.checklist.length,
  evidence: state.evidence.length,
  findings: state.findings.length,
};
console.table(results);
const missed = [
  results.p95Ms > TARGETS.p95Ms && `p95 ${results.p95Ms.toFixed(2)} ms > ${TARGETS.p95Ms} ms`,
  results.maxRecordBytes > TARGETS.maxRecordBytes && `largest record ${results.maxRecordBytes} B > ${TARGETS.maxRecordBytes} B`,
  results.heapBytes > TARGETS.heapBytes && `heap ${results.heapBytes} B > ${TARGETS.heapBytes} B`,
].filter(Boolean);
if (missed.length) {
  console.error(`targets missed: ${missed.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('all targets met');
}
