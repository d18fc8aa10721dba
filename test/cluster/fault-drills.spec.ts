// Issue 15: fault drills on the production shape (Temporal's own server on PostgreSQL, two workers, two APIs). Each
// drill launches audits whose first task runs its whole reminder and escalation ladder on durable timers, breaks one
// part of the system while that ladder is due, heals it, and counts from the mailbox and the timelines: no audit
// lost, no mail twice, no escalation missed. Durations are seconds instead of days. The same holds for the two
// follow-ups of a third audit, whose action plans fall due while the fault happens. Meanwhile a fourth audit is driven
// through every phase and its follow-ups, through both APIs in turn, as a careful client would (Idempotency-Key,
// retried on 503).
import { followUpWorkflowId } from '@auditflow/domain';
import { AuditflowClient, AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P, step } from '@auditflow/samples';
import { header, messagesMatching } from '../support/mail-queries';
import { LocalCluster, startLocalCluster } from '../support/local-cluster';
import { eventually } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

const PM = P.programmeManager.email;
const CLUSTER_START_TIMEOUT_MS = 30 * 60_000;

/** T-1 (acknowledge contact) is due 45 s after launch: two reminders before, three escalation rungs after. */
const LADDER = {
  contactAcknowledgementWithin: 'PT45S',
  reminderLeadTimes: ['PT35S', 'PT25S'],
  escalationLadder: [
    { after: 'PT0S', notify: ['assignee' as const], cc: ['assignee-manager' as const] },
    { after: 'PT10S', notify: ['programme-manager' as const], cc: [] },
    { after: 'PT20S', notify: ['compliance-lead' as const], cc: [] },
  ],
};
/** The same ladder on each follow-up's action plan, due 45 s after the follow-up opens. */
const FOLLOW_UP_LADDER = {
  ...LADDER,
  contactAcknowledgementWithin: 'P5D',
  nonconformityDeadlines: { 'major-nonconformity': { plan: 'PT45S' }, 'minor-nonconformity': { plan: 'PT45S' } },
};
/**
 * A task's ladder as its mails' dedupe keys without the workflow and task (`assigned`, `reminder:PT35S`,
 * `escalation:0`, …). Every rung must arrive. A reminder may be missing by design: when its timer fires late (the
 * worker that held the workflow was killed, the server was away) and a later moment of the task is due too, the clock
 * records it as superseded instead of mailing two at once (libs/domain/src/tasks/clock.ts).
 */
const LADDER_RUNGS = ['assigned', 'escalation:0', 'escalation:1', 'escalation:2'];
const LADDER_REMINDERS = ['reminder:PT25S', 'reminder:PT35S'];
const ladderStepOf = (dedupeKey: string) => dedupeKey.replace(/^[^:]+:[^:]+:/, '').replace(/^(reminder|escalation):\d+:/, '$1:');
function expectWholeLadder(dedupeKeys: string[]): void {
  const steps = [...new Set(dedupeKeys.map(ladderStepOf))];
  expect(steps.filter((step) => !LADDER_REMINDERS.includes(step)).sort()).toEqual(LADDER_RUNGS);
}
/** The ladder ends 65 s after launch; a healed fault may delay it, a loaded machine too. */
const LADDER_TIMEOUT_MS = 240_000;
/** Long enough for a ladder (65 s), a fault healing, a full audit driven meanwhile and its checks, on a loaded machine. */
const DRILL_TIMEOUT_MS = 10 * 60_000;
const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };

/** Where the follow-up audit is left: at its first follow-up step, with both follow-ups open and nobody answering. */
class StopAtFollowUp extends Error {}

describe('fault drills on the production shape', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await startLocalCluster({ workers: 2, apis: 2 });
  }, CLUSTER_START_TIMEOUT_MS);

  afterAll(async () => {
    await cluster?.stop();
  });

  const t1Mails = (auditId: string) => messagesMatching(cluster.mail.mailbox, new RegExp(`^audit-${auditId}:T-1:`));
  const keyOf = (message: Parameters<typeof header>[0]) => header(message, 'X-Auditflow-Dedupe-Key')!.replace(/^audit-[^:]+:/, '');

  /**
   * Launches one audit through each API, waits until both have mailed their first task, runs `fault`, then checks that
   * each audit's ladder arrived whole and once, that its timeline records every rung once, and that the audit still
   * takes its next step.
   */
  async function drill(fault: () => Promise<void>, options: { fullAuditMeanwhile: boolean }): Promise<void> {
    const followUps = await auditWaitingInFollowUp();
    const audits = await Promise.all(cluster.clients.map((client) => launchSampleAudit(client, LADDER)));
    for (const { auditId } of audits) await cluster.mail.mailbox.waitFor((message) => header(message, 'X-Auditflow-Dedupe-Key') === `audit-${auditId}:T-1:assigned`, 60_000);

    const fullAudit = options.fullAuditMeanwhile ? driveFullAudit() : undefined;
    fullAudit?.catch(() => undefined);
    await fault();
    if (fullAudit) await fullAudit;
    await expectFollowUpLadders(followUps);

    for (const [index, { auditId }] of audits.entries()) {
      const client = cluster.clients[index]! as AuditflowClient;
      const received = await eventually(
        () => {
          const mails = t1Mails(auditId);
          expectWholeLadder(mails.map((mail) => header(mail, 'X-Auditflow-Dedupe-Key')!));
          return mails;
        },
        { timeoutMs: LADDER_TIMEOUT_MS, intervalMs: 1000 },
      );
      expectOneMessageIdEach(received);
      const mailed = new Set(received.map(keyOf)).size;

      // Planned mail goes out at its moment, the Temporal server up or not; the workflow records each rung when its
      // timer fires, which after a restart of the server can be later than the mail.
      await eventually(
        async () => {
          const lines = await readTimeline(client, auditId, PM);
          const sent = lines.filter((entry) => entry.type === 'notification.sent' && String(entry.data?.dedupeKey ?? '').includes(':T-1:'));
          expect(sent).toHaveLength(mailed);
          expect(lines.filter((entry) => entry.type === 'task.escalated').map((entry) => entry.data?.level)).toEqual([1, 2, 3]);
        },
        { timeoutMs: LADDER_TIMEOUT_MS, intervalMs: 1000 },
      );
      // Not lost: the audit takes its next step, through the other API instance.
      const other = cluster.clients[(index + 1) % cluster.clients.length]!;
      await step(other, `/audits/${auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });
      await eventually(async () => expect((await other.get(`/audits/${auditId}/tasks/T-1`, PM)).body.state).toBe('done'), { timeoutMs: 30_000 });
    }
  }

  const ladderMails = (prefix: string) => cluster.mail.mailbox.messages().filter((message) => (header(message, 'X-Auditflow-Dedupe-Key') ?? '').startsWith(prefix));

  /** One Message-ID per notification: a copy sent twice (cut off before it was recorded) carries the same one. */
  function expectOneMessageIdEach(mails: ReturnType<typeof ladderMails>): void {
    const messageIds = new Map<string, Set<string>>();
    for (const mail of mails) {
      const key = header(mail, 'X-Auditflow-Dedupe-Key')!;
      messageIds.set(key, (messageIds.get(key) ?? new Set()).add(header(mail, 'Message-ID')!));
    }
    expect([...messageIds.values()].every((ids) => ids.size === 1)).toBe(true);
  }

  /** The sample audit, driven through both APIs in turn up to its first follow-up step and left there. */
  async function auditWaitingInFollowUp(): Promise<{ auditId: string; findingIds: string[] }> {
    const { auditId } = await launchSampleAudit(cluster.clients[0]!, FOLLOW_UP_LADDER);
    const ports = cluster.clients.map((client) => new HttpAuditPort(client, auditId));
    let turn = 0;
    const stopping: AuditPort = {
      act: (action, actor, payload) => ports[turn++ % ports.length]!.act(action, actor, payload),
      followUp: () => Promise.reject(new StopAtFollowUp()),
    };
    await expect(runSampleAudit(stopping)).rejects.toBeInstanceOf(StopAtFollowUp);
    const opened = await eventually(
      async () => {
        const timeline = await readTimeline(cluster.clients[0]!, auditId, PM);
        const ids = timeline.filter((entry) => entry.type === 'follow-up.opened').map((entry) => entry.subjectId!);
        expect(ids).toHaveLength(2);
        return ids;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    return { auditId, findingIds: opened };
  }

  /** Each follow-up's action plan: assigned, its reminders and three rungs, each mailed once and recorded once. */
  async function expectFollowUpLadders({ auditId, findingIds }: { auditId: string; findingIds: string[] }): Promise<void> {
    for (const findingId of findingIds) {
      const prefix = `${followUpWorkflowId(auditId, findingId)}:`;
      const mails = await eventually(
        () => {
          const received = ladderMails(prefix);
          expectWholeLadder(received.map((mail) => header(mail, 'X-Auditflow-Dedupe-Key')!));
          return received;
        },
        { timeoutMs: LADDER_TIMEOUT_MS, intervalMs: 1000 },
      );
      expectOneMessageIdEach(mails);
    }
    // The mail may have gone out (planned) before the workflows recorded their rungs.
    await eventually(
      async () => {
        const timeline = await readTimeline(cluster.clients[1]!, auditId, PM);
        for (const findingId of findingIds) {
          const levels = timeline.filter((entry) => entry.type === 'task.escalated' && entry.workflowId === followUpWorkflowId(auditId, findingId)).map((entry) => entry.data?.level);
          expect(levels).toEqual([1, 2, 3]);
        }
      },
      { timeoutMs: LADDER_TIMEOUT_MS, intervalMs: 1000 },
    );
    for (const findingId of findingIds) {
      // Not lost: the follow-up takes its next step.
      await new HttpAuditPort(cluster.clients[1]!, auditId).followUp(findingId, 'submitActionPlan', rep as { email: string; role: 'auditee-representative' }, {
        correction: 'Leavers disabled',
        rootCause: 'No HR feed',
        actionPlan: 'Automate deprovisioning',
      });
    }
  }

  /** The sample audit through every phase and both follow-ups, each step through the next API; resolves once closed. */
  async function driveFullAudit(): Promise<void> {
    const { auditId } = await launchSampleAudit(cluster.clients[0]!);
    const ports = cluster.clients.map((client) => new HttpAuditPort(client, auditId));
    let turn = 0;
    const next = () => ports[turn++ % ports.length]!;
    const alternating: AuditPort = {
      act: (action, actor, payload) => next().act(action, actor, payload),
      followUp: (findingId, action, actor, payload) => next().followUp(findingId, action, actor, payload),
    };
    await runSampleAudit(alternating);
    await eventually(async () => expect((await cluster.clients[1]!.get(`/audits/${auditId}`, PM)).body.audit.phase).toBe('closed'), { timeoutMs: 120_000, intervalMs: 1000 });
  }

  it('SIGKILL of one worker while the other keeps working', async () => {
    await drill(async () => {
      const victim = cluster.workers.find((worker) => worker.child.exitCode === null && worker.child.signalCode === null)!;
      victim.kill();
      await victim.exited;
    }, { fullAuditMeanwhile: true });
    // Back to two workers for the next drill.
    await cluster.startWorker();
  }, DRILL_TIMEOUT_MS);

  it('a restart of the Temporal server', async () => {
    await drill(() => cluster.temporal.restart(), { fullAuditMeanwhile: true });
  }, DRILL_TIMEOUT_MS);

  it('a restart of PostgreSQL (Temporal\'s databases and the read model)', async () => {
    // No audit is driven meanwhile: with the database away the API answers 500, which no client may blindly retry.
    await drill(() => cluster.restartPostgres(10_000), { fullAuditMeanwhile: false });
  }, DRILL_TIMEOUT_MS);

  it('an SMTP outage while reminders and escalations fall due', async () => {
    await drill(async () => {
      await cluster.mail.mailbox.stop();
      // The outage spans both reminders (10 s and 20 s after launch) and the first rung (45 s).
      await new Promise((resolve) => setTimeout(resolve, 45_000));
      await cluster.mail.mailbox.start();
    }, { fullAuditMeanwhile: true });
  }, DRILL_TIMEOUT_MS);
});
