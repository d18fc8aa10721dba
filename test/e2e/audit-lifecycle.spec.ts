import type { TimelineEntry, TimelinePage } from '@auditflow/domain';
import { HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE } from '@auditflow/samples';
import { recordHistories } from '../support/replay-fixtures';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

const PM = SAMPLE_PEOPLE.programmeManager.email;

describe('a complete audit through the HTTP API on the real stack', () => {
  const stack = useFullStack();

  it('runs from creation to closed, covering every step of clauses 6.2 to 6.7', async () => {
    const launched = await launchSampleAudit(stack.client);
    expect(launched.phase).toBe('initiating');
    const steps: string[] = [];
    const { major, minor } = await runSampleAudit(new HttpAuditPort(stack.client, launched.auditId), (line) => steps.push(line));
    expect(steps.length).toBeGreaterThan(40);

    // The last follow-up tells its audit it closed once its mail is out, so the audit closes a moment later.
    const { status, body } = await eventually(async () => {
      const answer = await stack.client.get(`/audits/${launched.auditId}`, PM);
      expect(answer.body.audit.phase).toBe('closed');
      return answer;
    });
    expect(status).toBe(200);
    expect(body.openTasks).toEqual([]);
    expect(body.findings.map((finding: { grade: string }) => finding.grade)).toEqual(['major-nonconformity', 'minor-nonconformity', 'observation']);
    expect(body.findings.find((finding: { id: string }) => finding.id === minor).response).toMatchObject({ acknowledged: false, disagreement: 'The statement is in the appendix' });
    const actions = Object.fromEntries(body.correctiveActions.map((action: { findingId: string }) => [action.findingId, action]));
    expect(actions[major]).toMatchObject({ status: 'closed', round: 2 });
    expect(actions[minor]).toMatchObject({ status: 'closed', round: 1 });
    expect(body.plans.map((plan: { status: string }) => plan.status)).toEqual(['objected', 'accepted']);
    expect(body.reports.at(-1).status).toBe('issued');
    expect(body.meetings.map((meeting: { status: string }) => meeting.status)).toEqual(['held', 'held']);

    const timeline = await readTimeline(stack.client, launched.auditId, PM);
    const types = timeline.map((entry) => entry.type);
    for (const expected of [
      'audit.created', 'contact.acknowledged', 'team.objection-resolved', 'feasibility.decided', 'documents.reviewed',
      'plan.objected', 'plan.accepted', 'work.assigned', 'checklist.extended', 'meeting.held', 'evidence.recorded',
      'finding.recorded', 'finding.disputed', 'conclusions.recorded', 'report.issued', 'audit.completed',
      'action-plan.returned', 'corrective-action.not-effective', 'corrective-action.effective', 'follow-up.closed',
    ]) {
      expect(types).toContain(expected);
    }
    // Each step names the signed-in person: directory id, e-mail, role, and how they signed in.
    const byType = (type: string) => timeline.find((entry) => entry.type === type)!;
    const pmId = (await stack.client.get('/me', PM)).body.id;
    expect(byType('audit.created').actor).toEqual({ email: PM, role: 'programme-manager', personId: pmId, via: 'sso' });
    expect(byType('contact.acknowledged').actor).toMatchObject({ email: SAMPLE_PEOPLE.auditeeRepresentative.email, role: 'auditee-representative', via: 'link', personId: expect.any(String) });
    expect(byType('feasibility.decided').actor).toMatchObject({ email: SAMPLE_PEOPLE.teamLeader.email, role: 'team-leader', via: 'sso' });
    const findings = await stack.client.get(`/findings?programmeId=${launched.programmeId}&grade=major-nonconformity,minor-nonconformity`, PM);
    expect(findings.body.items.map((finding: { id: string }) => finding.id).sort()).toEqual([major, minor].sort());
    const followUps = await stack.client.get(`/corrective-actions?programmeId=${launched.programmeId}&status=closed`, PM);
    expect(followUps.body.total).toBe(2);

    await recordHistories({
      'audit-lifecycle-closed': `audit-${launched.auditId}`,
      'follow-up-major-reopened': `audit-${launched.auditId}-followup-${major}`,
      'follow-up-minor': `audit-${launched.auditId}-followup-${minor}`,
    });
    const keys = timeline.map((entry) => `${entry.workflowId}#${entry.seq}`);
    expect(new Set(keys).size).toBe(keys.length);

    // The detail carries no timeline: it is read a page at a time, newest first unless asked otherwise.
    expect(body).not.toHaveProperty('timeline');
    // Read again should a mail's line land between two pages.
    await eventually(async () => {
      const whole = await readTimeline(stack.client, launched.auditId, PM);
      const pages: TimelineEntry[] = [];
      for (let offset = 0; offset < whole.length; offset += 50) {
        const page = await stack.client.get<TimelinePage>(`/audits/${launched.auditId}/timeline?limit=50&offset=${offset}`, PM);
        expect(page.body).toMatchObject({ total: whole.length, limit: 50, offset });
        pages.push(...page.body.items);
      }
      expect(whole.length).toBeGreaterThan(100);
      expect(pages).toEqual([...whole].reverse());
    });
    const refused = await stack.client.get(`/audits/${launched.auditId}/timeline?limit=0&order=sideways`, PM);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/limit/);
    expect(JSON.stringify(refused.body)).toMatch(/order/);
  });
});
