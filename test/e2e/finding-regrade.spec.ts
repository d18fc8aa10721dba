// Raising a minor nonconformity to a major on the real stack (ISO 19011 6.4.8): the third minor on one criterion in
// the programme is proposed for raising, the team leader raises it with a reason, and the auditee is asked to answer
// the major afresh.
import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

class StopHere extends Error {}

const auditor = { email: P.auditor.email, role: 'auditor' as const };
const lead = { email: P.teamLeader.email, role: 'team-leader' as const };
const pm = P.programmeManager.email;

describe('raising repeated minor nonconformities to a major', () => {
  const stack = useFullStack();

  it('proposes the third minor on one criterion, and the team leader raises one with a reason', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    const http = new HttpAuditPort(stack.client, auditId);
    // The sample audit up to its fieldwork: evidence recorded, no finding yet.
    const untilFindings: AuditPort = {
      act: (action, actor, payload) => {
        if (action === 'recordFinding') throw new StopHere();
        return http.act(action, actor, payload);
      },
      followUp: (findingId, action, actor, payload) => http.followUp(findingId, action, actor, payload),
    };
    await runSampleAudit(untilFindings).catch((error: unknown) => {
      if (!(error instanceof StopHere)) throw error;
    });
    const evidenceId = (await eventually(async () => {
      const detail = await stack.client.get(`/audits/${auditId}`, pm);
      expect(detail.body.evidence.length).toBeGreaterThan(0);
      return detail.body.evidence[0].id;
    })) as string;

    const minors: string[] = [];
    for (const site of ['main data centre', 'backup site', 'office']) {
      const recorded = await http.act('recordFinding', auditor, { grade: 'minor-nonconformity', criterion: 'A.8.15', statement: `Logs at the ${site} are kept 30 days, policy says 90`, evidenceIds: [evidenceId] });
      minors.push(recorded.events.find((event) => event.type === 'finding.recorded')!.subjectId!);
    }
    // Letter case does not make another criterion; other criteria are not counted.
    await http.act('recordFinding', auditor, { grade: 'minor-nonconformity', criterion: 'a.5.18', statement: 'One leaver kept access for a week', evidenceIds: [evidenceId] });

    const proposals = await eventually(async () => {
      const detail = await stack.client.get(`/audits/${auditId}`, pm);
      expect(detail.body.regradeProposals).toHaveLength(3);
      return detail.body.regradeProposals;
    });
    expect(proposals[0]).toMatchObject({ findingId: minors[0], criterion: 'A.8.15', minors: 3 });
    expect(proposals[0].findings.map((finding: { findingId: string }) => finding.findingId)).toEqual(minors);

    const raised = await http.act('regradeFinding', lead, { findingId: minors[2], grade: 'major-nonconformity', reason: 'Third minor on log retention, never addressed' });
    expect(raised.events.map((event) => event.type)).toContain('finding.regraded');

    const detail = await eventually(async () => {
      const answer = await stack.client.get(`/audits/${auditId}`, pm);
      const finding = answer.body.findings.find((candidate: { id: string }) => candidate.id === minors[2]);
      expect(finding.grade).toBe('major-nonconformity');
      return answer.body;
    });
    const finding = detail.findings.find((candidate: { id: string }) => candidate.id === minors[2]);
    expect(finding.regrades).toEqual([expect.objectContaining({ from: 'minor-nonconformity', to: 'major-nonconformity', reason: 'Third minor on log retention, never addressed', by: P.teamLeader.email })]);
    expect((await readTimeline(stack.client, auditId, pm)).find((event) => event.type === 'finding.regraded')!.summary).toContain('never addressed');
    const respond = detail.openTasks.filter((task: { kind: string; subjectId?: string }) => task.kind === 'respond-to-finding' && task.subjectId === minors[2]);
    expect(respond).toEqual([expect.objectContaining({ assignee: P.auditeeRepresentative.email, title: expect.stringContaining('major nonconformity') })]);

    // The auditee's side sees the raised finding but not the team's proposals.
    const auditeeSide = await stack.client.get(`/audits/${auditId}`, P.auditeeRepresentative.email);
    expect(auditeeSide.body.findings.find((candidate: { id: string }) => candidate.id === minors[2]).grade).toBe('major-nonconformity');
    expect(auditeeSide.body.regradeProposals).toEqual([]);

    // Only a minor is raised, and only by the team leader.
    const again = await stack.client.request('POST', `/audits/${auditId}/regrade-finding`, P.teamLeader.email, { findingId: minors[2], grade: 'major-nonconformity', reason: 'again' }, { 'x-audit-role': 'team-leader' });
    expect(again.status).toBe(409);
    const byAuditor = await stack.client.request('POST', `/audits/${auditId}/regrade-finding`, P.auditor.email, { findingId: minors[0], grade: 'major-nonconformity', reason: 'mine' }, { 'x-audit-role': 'auditor' });
    expect(byAuditor.status).toBe(403);
  });
});
