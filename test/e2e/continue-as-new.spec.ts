// Continue-as-new for real (issue 15): a Temporal server of this file's own suggests it after a few dozen history
// events, so an audit, its follow-ups and a programme's cycle each continue as new many times over. Nothing is lost:
// the audit closes with every step on its timeline in order, the cycle keeps its launches and skips across runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection, WorkflowExecutionInfo } from '@temporalio/client';
import { freePort, REPO_ROOT, resolveTemporalCli, startTemporalDevServer, TemporalDevServer } from '@auditflow/devstack';
import { auditWorkflowId, programmeWorkflowId } from '@auditflow/domain';
import { AuditflowClient, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P, sampleLaunch } from '@auditflow/samples';
import { compressedProgramme } from '../support/compressed-programme';
import { testClient } from '../support/sign-in';
import { eventually, startApi, startMailbox, startWorker, testConfig, TestApi, TestMailbox, TestWorker } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

const SUGGEST_AFTER_EVENTS = 40;
const WAIT = { timeoutMs: 120_000, intervalMs: 500 };

describe('workflows that continue as new', () => {
  let dir: string;
  let temporal: TemporalDevServer;
  let connection: Connection;
  let temporalClient: Client;
  let mail: TestMailbox;
  let worker: TestWorker;
  let api: TestApi;
  let client: AuditflowClient;
  const pm = P.programmeManager.email;

  beforeAll(async () => {
    dir = mkdtempSync(join(REPO_ROOT, 'test', '.tmp', 'continue-as-new-'));
    temporal = await startTemporalDevServer({
      cliPath: await resolveTemporalCli(),
      port: await freePort(),
      logFile: join(dir, 'temporal.log'),
      dynamicConfig: { 'limit.historyCount.suggestContinueAsNew': SUGGEST_AFTER_EVENTS },
    });
    connection = await Connection.connect({ address: temporal.address });
    temporalClient = new Client({ connection });
    mail = await startMailbox();
    const config = testConfig({ TEMPORAL_ADDRESS: temporal.address, SMTP_URL: mail.smtpUrl });
    worker = await startWorker(config);
    api = await startApi(config);
    client = testClient(api.baseUrl, mail.mailbox);
  });

  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await connection?.close();
    await temporal?.stop();
    await mail?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every run of a workflow id, oldest first, as Temporal's visibility lists them. */
  async function runsOf(workflowId: string): Promise<WorkflowExecutionInfo[]> {
    const runs: WorkflowExecutionInfo[] = [];
    for await (const run of temporalClient.workflow.list({ query: `WorkflowId = '${workflowId}'` })) runs.push(run);
    return runs.sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
  }

  /** The first runs ended by continuing as new, the last one did not. */
  async function continuedAsNew(workflowId: string, atLeast: number): Promise<WorkflowExecutionInfo[]> {
    return eventually(async () => {
      const runs = await runsOf(workflowId);
      expect(runs.length).toBeGreaterThanOrEqual(atLeast + 1);
      expect(runs.slice(0, -1).every((run) => run.status.name === 'CONTINUED_AS_NEW')).toBe(true);
      return runs;
    }, WAIT);
  }

  it('runs an audit to closed across many runs, with its timeline whole and in order', async () => {
    const launched = await launchSampleAudit(client);
    const { major } = await runSampleAudit(new HttpAuditPort(client, launched.auditId));
    await eventually(async () => {
      const answer = await client.get<{ audit: { phase: string } }>(`/audits/${launched.auditId}`, pm);
      expect(answer.body.audit.phase).toBe('closed');
    }, WAIT);
    const timeline = await readTimeline(client, launched.auditId, pm);
    const runs = await continuedAsNew(auditWorkflowId(launched.auditId), 2);
    expect(runs.at(-1)!.status.name).toBe('COMPLETED');
    await continuedAsNew(`${auditWorkflowId(launched.auditId)}-followup-${major}`, 1);
    // One numbering across runs: the audit's own events are 1..n with no gap and no repeat.
    const seqs = timeline.filter((event) => event.workflowId === auditWorkflowId(launched.auditId)).map((event) => event.seq);
    expect(seqs).toEqual(seqs.map((_, index) => index + 1));
    for (const type of ['audit.created', 'plan.accepted', 'report.issued', 'audit.completed', 'follow-up.closed']) expect(timeline.map((event) => event.type)).toContain(type);
  }, 300_000);

  it("keeps a programme's cycle across runs: launches and skips made before and after it continued as new", async () => {
    const start = new Date(Date.now() + 5_000).toISOString();
    const { id } = await client.post<{ id: string }>('/programmes', pm, compressedProgramme(start));
    await client.post(`/programmes/${id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
    type Cycle = { plan: { windows: { id: string; areaIds: string[] }[] }; windows: { windowId: string; auditId?: string }[] };
    const cycle = async () => (await client.get<Cycle>(`/programmes/${id}/cycle`, pm)).body;
    const windowOf = async (area: string, nth = 0) => (await cycle()).plan.windows.filter((window) => window.areaIds.includes(area))[nth]!.id;
    const launchTaskOpen = (windowId: string) =>
      eventually(async () => {
        const tasks = (await client.get<{ kind: string; subjectId?: string; state: string }[]>(`/programmes/${id}/tasks`, pm)).body;
        expect(tasks.some((task) => task.kind === 'launch-audit' && task.subjectId === windowId && task.state === 'open')).toBe(true);
      }, WAIT);

    const office = await windowOf('isms-office');
    await launchTaskOpen(office);
    const first = await client.post<{ id: string }>(`/programmes/${id}/cycle/windows/${office}/launch`, pm, { ...sampleLaunch(id), title: 'ISMS office' });
    await client.post(`/programmes/${id}/cycle/windows/${await windowOf('dev-supplier')}/skip`, pm, { reason: 'Contract ends' });
    await continuedAsNew(programmeWorkflowId(id), 1);

    // The office's second-year window: undecided until it closes, it may be launched before its task opens.
    const nextYear = await windowOf('isms-office', 1);
    const second = await client.post<{ id: string }>(`/programmes/${id}/cycle/windows/${nextYear}/launch`, pm, { ...sampleLaunch(id), title: 'ISMS office, year 2' });
    const after = await cycle();
    expect(after.windows.find((progress) => progress.windowId === office)?.auditId).toBe(first.id);
    expect(after.windows.find((progress) => progress.windowId === nextYear)?.auditId).toBe(second.id);
    const timeline = (await client.get<{ seq: number; type: string }[]>(`/programmes/${id}/cycle/timeline`, pm)).body;
    expect(timeline.map((event) => event.seq)).toEqual(timeline.map((_, index) => index + 1));
    expect(timeline.filter((event) => event.type === 'window.launched')).toHaveLength(2);
    expect(timeline.filter((event) => event.type === 'window.skipped')).toHaveLength(1);
    expect((await client.get<{ total: number }>(`/audits?programmeId=${id}`, pm)).body.total).toBe(2);
  }, 300_000);
});
