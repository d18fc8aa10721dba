// Effectiveness checks on durable timers (issue 11, 6.7), on the real stack with a clock of seconds: a verification
// deferred to a date opens its task when the date comes, and a corrective action verified effective is re-checked
// when its grade's recheckAfter has passed, while its audit counts it closed at once. The audit's timeline shows
// each step; the mails go to the verifier.
import { actionRoute, auditDetailAnswerSchema, AuditDetailAnswer, followUpWorkflowId, TimelineEntry, timelineEntrySchema } from '@auditflow/domain';
import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P, step } from '@auditflow/samples';
import { Client, Connection } from '@temporalio/client';
import { messagesFor } from '../support/mail-queries';
import { recordHistories } from '../support/replay-fixtures';
import { useFullStack } from '../support/full-stack';
import { eventually, testTemporalAddress } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

type AuditRead = AuditDetailAnswer & { timeline: TimelineEntry[] };

const PM = P.programmeManager.email;
const auditor = { email: P.auditor.email, role: 'auditor' as const };
const lead = { email: P.teamLeader.email, role: 'team-leader' as const };
const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' as const };
/** Long enough for the deferring step to be answered on a loaded machine before the date comes. */
const DEFERRAL_MS = 10_000;
const WAIT = { timeoutMs: 90_000, intervalMs: 500 };

describe('effectiveness checks on durable timers', () => {
  const stack = useFullStack();
  let connection: Connection;
  let temporal: Client;
  let auditId: string;
  let major: string;
  let minor: string;
  let deferUntil: string;

  /** The audit as its programme manager reads it, with its whole timeline. */
  const detail = async (): Promise<AuditRead> => {
    const answer = await stack.client.get(`/audits/${auditId}`, PM);
    expect(answer.status).toBe(200);
    // The answers keep to their documented strict schemas with the new states and records in them.
    return { ...auditDetailAnswerSchema.parse(answer.body), timeline: timelineEntrySchema.array().parse(await readTimeline(stack.client, auditId, PM)) };
  };
  const followUpStep = (findingId: string, action: string, actor: { email: string; role: string }, payload: unknown) =>
    step(stack.client, `/audits/${auditId}/findings/${findingId}/follow-up/${actionRoute(action)}`, actor, payload);
  const openTask = (audit: AuditRead, findingId: string, kind: string) => audit.openTasks.find((task) => task.kind === kind && task.workflowId === followUpWorkflowId(auditId, findingId));
  const eventsOf = (audit: AuditRead, findingId: string, type: string) => audit.timeline.filter((entry) => entry.type === type && entry.subjectId === findingId);

  beforeAll(async () => {
    connection = await Connection.connect({ address: testTemporalAddress() });
    temporal = new Client({ connection });
    // Major nonconformities are checked again five seconds after they are verified effective.
    ({ auditId } = await launchSampleAudit(stack.client, { nonconformityDeadlines: { 'major-nonconformity': { recheckAfter: 'PT5S' } } }));
    const http = new HttpAuditPort(stack.client, auditId);
    let checks = 0;
    const port: AuditPort = {
      act: (action, actor, payload) => http.act(action, actor, payload),
      followUp: (findingId, action, actor, payload) => {
        if (action !== 'verifyEffectiveness') return http.followUp(findingId, action, actor, payload);
        checks += 1;
        // The sample's second check verifies the major nonconformity effective (a re-check follows); its last, that
        // of the minor one, is deferred here to a date a few seconds on.
        if (checks === 2) major = findingId;
        if (checks !== 3) return http.followUp(findingId, action, actor, payload);
        minor = findingId;
        deferUntil = new Date(Date.now() + DEFERRAL_MS).toISOString();
        return http.followUp(findingId, action, actor, { when: 'on-date', deferUntil, note: 'The new template is used from next month' });
      },
    };
    await runSampleAudit(port);
    expect(major).toBeDefined();
    expect(minor).toBeDefined();
  }, 180_000);
  afterAll(async () => {
    await connection?.close();
  });

  it('opens the verification task of a check deferred to a date when the date comes, and the check then closes the audit', async () => {
    const deferred = await eventually(async () => {
      const audit = await detail();
      expect(audit.correctiveActions.find((action) => action.findingId === minor)?.deferrals).toEqual([expect.objectContaining({ kind: 'on-date', until: deferUntil, deferredBy: P.auditor.email })]);
      return audit;
    }, WAIT);
    expect(eventsOf(deferred, minor, 'corrective-action.verification-deferred')).toHaveLength(1);

    // The durable timer fires: a second verification task for the verifier, opened no earlier than the date, and its mail.
    const due = await eventually(async () => {
      const audit = await detail();
      const task = openTask(audit, minor, 'verify-effectiveness');
      expect(task).toBeDefined();
      return { audit, task: task! };
    }, WAIT);
    expect(due.task).toMatchObject({ assignee: P.auditor.email, title: `Verify the effectiveness of the corrective action for ${minor}` });
    expect(Date.parse(due.task.createdAt)).toBeGreaterThanOrEqual(Date.parse(deferUntil));
    expect(due.audit.correctiveActions.find((action) => action.findingId === minor)?.status).toBe('evidence-submitted');
    expect(eventsOf(due.audit, minor, 'corrective-action.verification-due')).toHaveLength(1);
    const mail = await eventually(() => {
      const received = messagesFor(stack.mail.mailbox, `${followUpWorkflowId(auditId, minor)}:${due.task.id}:assigned`);
      expect(received).toHaveLength(1);
      return received[0]!;
    }, WAIT);
    expect(mail.envelope.to).toEqual([P.auditor.email]);

    // Another auditor of the team may not take the verifier's check; the verifier does, and the audit closes.
    const refused = await stack.client.request('POST', `/audits/${auditId}/findings/${minor}/follow-up/verify-effectiveness`, P.replacementAuditor.email, { effective: true, note: 'x' }, { 'x-audit-role': 'auditor' });
    expect(refused.status).toBe(403);
    await followUpStep(minor, 'verifyEffectiveness', auditor, { effective: true, note: 'Template v3 used in every report since' });
    await eventually(async () => expect((await detail()).audit.phase).toBe('closed'), WAIT);
    await recordHistories({ 'follow-up-verification-deferred': followUpWorkflowId(auditId, minor) });
  }, 240_000);

  it('re-checks an action verified effective after recheckAfter without keeping its audit open, and reopens it when the re-check fails', async () => {
    const rechecking = await eventually(async () => {
      const audit = await detail();
      expect(openTask(audit, major, 'verify-effectiveness')).toBeDefined();
      return audit;
    }, WAIT);
    const recheck = openTask(rechecking, major, 'verify-effectiveness')!;
    expect(recheck).toMatchObject({ assignee: P.auditor.email, title: `Re-check the effectiveness of the corrective action for ${major}` });
    expect(rechecking.correctiveActions.find((action) => action.findingId === major)?.status).toBe('rechecking');
    // The audit heard that the follow-up closed when it was verified effective, and does not wait for the re-check.
    expect(rechecking.followUps.find((followUp) => followUp.findingId === major)?.state).toBe('closed');
    const scheduled = eventsOf(rechecking, major, 'corrective-action.recheck-scheduled');
    expect(scheduled).toHaveLength(1);
    expect(Date.parse(recheck.createdAt)).toBeGreaterThanOrEqual(Date.parse(String(scheduled[0]!.data?.recheckDueAt)));
    expect(eventsOf(rechecking, major, 'corrective-action.recheck-due')).toHaveLength(1);
    await eventually(() => expect(messagesFor(stack.mail.mailbox, `${followUpWorkflowId(auditId, major)}:${recheck.id}:assigned`)).toHaveLength(1), WAIT);

    // Leavers are active again: the re-check fails and the corrective action is reopened for a new round.
    await followUpStep(major, 'verifyEffectiveness', auditor, { effective: false, note: 'Three leaver accounts active again' });
    const reopened = await eventually(async () => {
      const audit = await detail();
      expect(audit.correctiveActions.find((action) => action.findingId === major)).toMatchObject({ status: 'awaiting-plan', round: 3 });
      expect(openTask(audit, major, 'submit-action-plan')).toBeDefined();
      return audit;
    }, WAIT);
    expect(eventsOf(reopened, major, 'corrective-action.recheck-failed')).toHaveLength(1);

    // The new round is verified effective and re-checked in its turn; the passed re-check closes the follow-up for good.
    await followUpStep(major, 'submitActionPlan', rep, { correction: 'Accounts disabled', rootCause: 'Leaver feed stopped after a certificate expired', actionPlan: 'Monitor the feed' });
    await followUpStep(major, 'reviewActionPlan', lead, { accept: true });
    await followUpStep(major, 'submitImplementationEvidence', rep, { description: 'Feed monitored', references: ['CHG-1107'] });
    await followUpStep(major, 'verifyEffectiveness', auditor, { effective: true, note: 'No leaver accounts' });
    const second = await eventually(async () => {
      const audit = await detail();
      const task = openTask(audit, major, 'verify-effectiveness');
      expect(task?.title).toMatch(/^Re-check/);
      return task!;
    }, WAIT);
    await followUpStep(major, 'verifyEffectiveness', auditor, { effective: true, note: 'Still no leaver accounts' });

    const followUp = temporal.workflow.getHandle(followUpWorkflowId(auditId, major));
    expect(await followUp.result()).toBe('closed');
    const closed = await detail();
    expect(closed.correctiveActions.find((action) => action.findingId === major)).toMatchObject({ status: 'closed', round: 3 });
    expect(second.id).not.toBe(recheck.id);
    expect(eventsOf(closed, major, 'corrective-action.recheck-passed')).toHaveLength(1);
    // The audit was told once, when the action was first verified effective, and never again.
    expect(eventsOf(closed, major, 'follow-up.closed')).toHaveLength(1);
    expect(closed.timeline.filter((entry) => entry.type === 'follow-up.audit-unreachable')).toEqual([]);
    await recordHistories({ 'follow-up-rechecked': followUpWorkflowId(auditId, major) });
  }, 240_000);
});
