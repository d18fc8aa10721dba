import { closeFollowUp } from '@auditflow/domain';
import { act, activeTask, activeTasks, auditInReporting, auditWithApprovedReport, refuse, taskById } from './support/audit-driver';
import { as, expectRejection, intents, P, rejectionOf } from './support/fixtures';

const RECIPIENTS = [P.programmeManager.email, P.auditeeManager.email];
const reportIntents = (events: Parameters<typeof intents>[0]) => intents(events).filter((intent) => intent.kind.startsWith('report-'));
const RETAIN = { retention: 'retain', retainUntil: '2030-01-01T00:00:00Z', lessonsLearned: ['Ask for the SoA earlier'] };

describe('reporting (6.5) and completing (6.6)', () => {
  describe('the report', () => {
    it('goes from draft to reviewed to approved, each step asking the next person', async () => {
      const audit = await auditInReporting({ nonconformity: false });
      await act(audit, 'draftReport', as.lead, { content: { summary: 'Largely conforming.' } });
      expect(audit.state.reports[0]).toMatchObject({ version: 1, status: 'draft', content: { samplingStatement: expect.stringContaining('sample') } });
      const review = activeTask(audit.state, 'review-report');
      expect(review).toMatchObject({ assignee: P.programmeManager.email, subjectId: 'report-1' });

      await act(audit, 'reviewReport', as.auditor, { comments: 'Add the sampling method' });
      expect(audit.state.reports[0]).toMatchObject({ status: 'reviewed', review: { by: P.auditor.email } });
      expect(taskById(audit.state, review.id).state).toBe('done');
      const approve = activeTask(audit.state, 'approve-report');
      expect(approve.assignee).toBe(P.teamLeader.email);

      await act(audit, 'approveReport', as.lead);
      expect(audit.state.reports[0]).toMatchObject({ status: 'approved', approval: { by: P.teamLeader.email } });
      expect(taskById(audit.state, approve.id).state).toBe('done');
    });

    it('cannot skip a step', async () => {
      const audit = await auditInReporting({ nonconformity: false });
      expectRejection(refuse(audit, 'reviewReport', as.pm, { comments: 'x' }), 'conflict', 'no report draft to review');
      await act(audit, 'draftReport', as.lead, { content: { summary: 'Draft' } });
      expectRejection(refuse(audit, 'approveReport', as.lead), 'conflict', 'must be reviewed before it is approved');
      expectRejection(refuse(audit, 'issueReport', as.lead, { recipients: RECIPIENTS }), 'conflict', 'only an approved report can be issued');
    });

    it('redrafted after review supersedes the old version and withdraws its approval task', async () => {
      const audit = await auditInReporting({ nonconformity: false });
      await act(audit, 'draftReport', as.lead, { content: { summary: 'v1' } });
      await act(audit, 'reviewReport', as.pm, { comments: 'Rewrite' });
      const approve = activeTask(audit.state, 'approve-report');
      await act(audit, 'draftReport', as.lead, { content: { summary: 'v2' } });

      expect(audit.state.reports.map((report) => [report.version, report.status])).toEqual([[1, 'superseded'], [2, 'draft']]);
      expect(taskById(audit.state, approve.id).state).toBe('cancelled');
      expect(activeTask(audit.state, 'review-report').subjectId).toBe('report-2');
    });

    it('issued on time goes to the named recipients only, and the audit moves to completing', async () => {
      const audit = await auditWithApprovedReport({ nonconformity: false });
      const issueTask = activeTask(audit.state, 'issue-report');
      const events = await act(audit, 'issueReport', as.lead, { recipients: RECIPIENTS, lateReason: 'Not late at all' });

      expect(audit.state.reports[0]).toMatchObject({ status: 'issued', issue: { recipients: RECIPIENTS, by: P.teamLeader.email, lateReason: undefined } });
      expect(reportIntents(events)).toEqual([expect.objectContaining({ kind: 'report-distributed', key: 'report-1:distributed', to: RECIPIENTS, cc: [] })]);
      expect(taskById(audit.state, issueTask.id).state).toBe('done');
      expect(audit.state.phase).toBe('completing');
      expect(activeTask(audit.state, 'complete-audit').assignee).toBe(P.teamLeader.email);
    });

    describe('issued after the due date', () => {
      it('needs a reason for the delay', async () => {
        const audit = await auditWithApprovedReport({ nonconformity: false });
        audit.clock = Date.parse(audit.state.reportDueAt!) + 1;
        const rejection = refuse(audit, 'issueReport', as.lead, { recipients: RECIPIENTS });
        expectRejection(rejection, 'invalid', `is required: the report was due by ${audit.state.reportDueAt}`, 'lateReason');
      });

      it('tells the auditee and the programme manager why', async () => {
        const audit = await auditWithApprovedReport({ nonconformity: false });
        audit.clock = Date.parse(audit.state.reportDueAt!) + 1;
        const events = await act(audit, 'issueReport', as.lead, { recipients: RECIPIENTS, lateReason: 'Team leader was ill' });

        expect(audit.state.reports[0]!.issue?.lateReason).toBe('Team leader was ill');
        const late = intents(events).find((intent) => intent.kind === 'report-late');
        expect(late).toMatchObject({
          key: 'report-1:late',
          to: [P.auditeeRepresentative.email, P.programmeManager.email],
          data: { dueAt: audit.state.reportDueAt, reason: 'Team leader was ill' },
        });
        expect(reportIntents(events).map((intent) => intent.kind)).toEqual(['report-distributed', 'report-late']);
      });

      it('is not late at the due instant itself', async () => {
        const audit = await auditWithApprovedReport({ nonconformity: false });
        audit.clock = Date.parse(audit.state.reportDueAt!) - 1000; // act() moves the clock one second on
        const events = await act(audit, 'issueReport', as.lead, { recipients: RECIPIENTS });
        expect(reportIntents(events).map((intent) => intent.kind)).toEqual(['report-distributed']);
      });
    });
  });

  describe('completion', () => {
    it('of records kept needs a date until which they are kept', async () => {
      const audit = await auditWithApprovedReport({ nonconformity: false });
      await act(audit, 'issueReport', as.lead, { recipients: RECIPIENTS });
      expectRejection(refuse(audit, 'completeAudit', as.lead, { retention: 'retain' }), 'invalid', undefined, 'retainUntil');
    });

    it('closes an audit without nonconformities at once', async () => {
      const audit = await auditWithApprovedReport({ nonconformity: false });
      await act(audit, 'issueReport', as.lead, { recipients: RECIPIENTS });
      await act(audit, 'completeAudit', as.lead, { retention: 'dispose' });

      expect(audit.state.phase).toBe('closed');
      expect(audit.state.completion).toMatchObject({ retention: 'dispose', completedBy: P.teamLeader.email, lessonsLearned: [] });
      expect(audit.state.followUps).toEqual([]);
      expect(activeTasks(audit.state)).toEqual([]);
      expect(audit.state.tasks.find((task) => task.kind === 'complete-audit')?.state).toBe('done');
    });

    it('starts one follow-up per nonconformity, and the audit closes when the last one closes', async () => {
      const audit = await auditWithApprovedReport({ nonconformity: true });
      await act(audit, 'issueReport', as.lead, { recipients: RECIPIENTS });
      await act(audit, 'completeAudit', as.lead, RETAIN);

      expect(audit.state.phase).toBe('following-up');
      const auditId = audit.state.definition.auditId;
      expect(audit.state.followUps).toEqual([{ findingId: 'F-1', workflowId: `audit-${auditId}-followup-F-1`, state: 'open' }]);

      const closed = closeFollowUp(audit.state, 'F-1', audit.now());
      expect(closed.state.phase).toBe('closed');
      expect(closed.state.followUps[0]).toMatchObject({ state: 'closed', closedAt: expect.any(String) });
      expect(closed.events.map((event) => event.type)).toEqual(['follow-up.closed', 'phase.entered']);

      expectRejection(rejectionOf(() => closeFollowUp(closed.state, 'F-1', audit.now())), 'conflict', 'already closed');
      expectRejection(rejectionOf(() => closeFollowUp(audit.state, 'F-9', audit.now())), 'not-found', 'F-9');
    });

    it('stays following-up while another follow-up is still open', async () => {
      const audit = await auditWithApprovedReport({ nonconformity: true });
      await act(audit, 'issueReport', as.lead, { recipients: RECIPIENTS });
      await act(audit, 'completeAudit', as.lead, RETAIN);
      const twoOpen = { ...audit.state, followUps: [...audit.state.followUps, { findingId: 'F-2', workflowId: 'wf-2', state: 'open' as const }] };

      const first = closeFollowUp(twoOpen, 'F-1', audit.now());
      expect(first.state.phase).toBe('following-up');
      expect(closeFollowUp(first.state, 'F-2', audit.now()).state.phase).toBe('closed');
    });
  });
});
