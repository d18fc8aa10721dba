import { HttpAuditPort, sampleMeeting, samplePlan, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import type { AuditflowClient } from '@auditflow/samples';

const lead = { email: P.teamLeader.email, role: 'team-leader' as const };
const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' as const };

/**
 * Drives a launched audit to `closed` with no finding: contact, documents, a checklist for the clauses and controls it
 * is to audit, the plan, the meetings, evidence on one checklist item of each clause and control in `evidenced`, the
 * report and completion. What it evidences is what the audit reports to its programme as audited.
 */
export async function runCleanAudit(client: AuditflowClient, auditId: string, covers: { clauses: string[]; controls: string[] }, evidenced = covers): Promise<void> {
  const port = new HttpAuditPort(client, auditId);
  const now = Date.now();
  await port.act('establishContact', lead, { channels: ['e-mail'], planningInformationRequested: ['ISMS scope and Statement of Applicability'] });
  await port.act('acknowledgeContact', rep, { channels: ['e-mail'], confidentialityAgreed: true, accessAndSafetyRules: 'Visitor badge', authorityConfirmed: true });
  await port.act('decideFeasibility', lead, { feasible: true, reason: 'People and information available' });
  await port.act('requestDocuments', lead, { documents: [{ name: 'ISMS scope' }] });
  await port.act('supplyDocument', rep, { documentId: 'D-1', reference: 'dms://isms/D-1' });
  await port.act('recordDocumentReview', lead, { adequate: true, concerns: [] });
  await port.act('addChecklistItems', lead, { generate: { standard: 'ISO/IEC 27001:2022', clauses: covers.clauses, controls: covers.controls } });
  await port.act('assignWork', lead, { assignments: [{ auditor: P.auditor.email, area: 'Everything in scope' }] });
  await port.act('draftPlan', lead, { content: samplePlan(now) });
  await port.act('presentPlan', lead, {});
  await port.act('answerPlan', rep, { accepted: true });
  await port.act('scheduleMeeting', lead, sampleMeeting('opening', now));
  await port.act('scheduleMeeting', lead, sampleMeeting('closing', now));
  await port.act('holdOpeningMeeting', lead, { attendance: [P.teamLeader.email, P.auditeeRepresentative.email], minutes: 'Plan confirmed' });
  const detail = await client.get<{ checklist: { id: string; clause: string }[] }>(`/audits/${auditId}`, lead.email);
  const wanted = new Set([...evidenced.clauses, ...evidenced.controls]);
  const firstItemOf = new Map<string, string>();
  for (const item of detail.body.checklist) if (wanted.has(item.clause) && !firstItemOf.has(item.clause)) firstItemOf.set(item.clause, item.id);
  for (const [clause, checklistItemId] of firstItemOf) {
    await port.act('recordEvidence', lead, { checklistItemId, kind: 'document', description: `Records reviewed for ${clause}`, reference: `dms://evidence/${clause}` });
  }
  await port.act('recordConclusions', lead, { conformityDegree: 'Conforming', effectiveness: 'Effective', objectivesMet: true });
  await port.act('holdClosingMeeting', lead, { attendance: [P.teamLeader.email, P.auditeeRepresentative.email], minutes: 'No findings' });
  await port.act('draftReport', lead, { content: { summary: 'No nonconformities.' } });
  await port.act('reviewReport', { email: P.programmeManager.email, role: 'programme-manager' }, { comments: 'Fine' });
  await port.act('approveReport', lead, {});
  await port.act('issueReport', lead, { recipients: [P.programmeManager.email, P.auditeeManager.email] });
  await port.act('completeAudit', lead, { retention: 'dispose', lessonsLearned: [`Audit ${auditId.slice(0, 8)} ran to plan`] });
}
