// The programme runs itself (issue 13): a three-year cycle on a compressed clock (a "year" is 40 s). Five areas of
// mixed risk, a Statement of Applicability that excludes most controls, launch tasks ahead of each window, audits
// launched from them and driven to closed, one window skipped with the gap it leaves raised, the yearly review recorded
// with its KPIs, and a worker restart in the middle: no audit launched twice, no window lost.
import { programmeWorkflowId } from '@auditflow/domain';
import { SAMPLE_PEOPLE as P, sampleLaunch } from '@auditflow/samples';
import { runCleanAudit } from '../support/clean-audit';
import { ALL_CLAUSES, APPLICABLE, AREAS, compressedProgramme, SUPPLIER_ONLY } from '../support/compressed-programme';
import { useFullStack } from '../support/full-stack';
import { messagesMatching } from '../support/mail-queries';
import { recordHistories } from '../support/replay-fixtures';
import { eventually, startWorker } from '../support/test-stack';

interface Window {
  id: string;
  areaIds: string[];
  opensAt: string;
  closesAt: string;
  covers: { clauses: string[]; controls: string[] };
  status: string;
}
interface Cycle {
  status: string;
  plan: { windows: Window[]; cycle: { start: string; end: string } };
  windows: { windowId: string; auditId?: string; missedAt?: string; outcome?: { phase: string } }[];
  gaps: { taskId: string; items: { controls: string[] }; decision?: string }[];
  reviews: { taskId: string; recordedAt?: string; kpis?: Record<string, unknown> }[];
}
interface Task {
  id: string;
  kind: string;
  subjectId?: string;
  state: string;
}
interface ItemStatus {
  id: string;
  status: string;
}

describe("a programme's audit cycle on a compressed clock", () => {
  const stack = useFullStack();
  const pm = P.programmeManager.email;

  it('launches audits on their windows, raises the gap a skipped window leaves, reviews yearly and completes with the coverage it achieved', async () => {
    const start = new Date(Date.now() + 10_000).toISOString();
    const programme = compressedProgramme(start);
    const created = await stack.client.post<{ id: string }>('/programmes', pm, programme);
    const id = created.id;
    expect((await stack.client.request('GET', `/programmes/${id}/cycle`, pm)).status).toBe(404);
    await stack.client.post(`/programmes/${id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });

    const cycle = async () => (await stack.client.get<Cycle>(`/programmes/${id}/cycle`, pm)).body;
    const plan = (await cycle()).plan;
    expect(Object.fromEntries(AREAS.map((area) => [area.id, plan.windows.filter((window) => window.areaIds.includes(area.id)).length]))).toEqual({
      'isms-office': 3,
      people: 2,
      'data-centre': 2,
      'it-operations': 2,
      'dev-supplier': 1,
    });
    const windowById = new Map(plan.windows.map((window) => [window.id, window]));
    const supplierWindow = plan.windows.find((window) => window.areaIds.includes('dev-supplier'))!;

    // Each launch task is answered as it opens: the supplier's window is skipped, every other one launched.
    const handled = new Set<string>();
    const drives: Promise<void>[] = [];
    const launchesBefore = new Map<string, number>();
    let restarted = false;
    const answerOpenTasks = async (drive: (run: Promise<void>) => void) => {
      const tasks = (await stack.client.get<Task[]>(`/programmes/${id}/tasks`, pm)).body;
      for (const task of tasks.filter((candidate) => candidate.state === 'open' || candidate.state === 'overdue')) {
        if (handled.has(task.id)) continue;
        handled.add(task.id);
        if (task.kind === 'launch-audit' && task.subjectId === supplierWindow.id) {
          const skipped = await stack.client.post<{ events: { type: string }[] }>(`/programmes/${id}/cycle/windows/${supplierWindow.id}/skip`, pm, { reason: 'The supplier contract ends before its window' });
          expect(skipped.events.map((event) => event.type)).toEqual(expect.arrayContaining(['window.skipped', 'coverage.gap']));
        } else if (task.kind === 'launch-audit') {
          const window = windowById.get(task.subjectId!)!;
          // The launch task comes with a team proposal for its window from the pool.
          const proposal = await stack.client.get<{ leader: { email: string } | null; members: unknown[] }>(`/programmes/${id}/cycle/windows/${window.id}/team-proposal`, pm);
          expect(proposal.status).toBe(200);
          expect(proposal.body.leader?.email).toEqual(expect.any(String));
          const key = `launch-${id}-${window.id}`;
          const body = { ...sampleLaunch(id), title: `${window.areaIds.join(', ')} (${window.id})` };
          const launched = await stack.client.post<{ id: string; windowId: string }>(`/programmes/${id}/cycle/windows/${window.id}/launch`, pm, body, { 'idempotency-key': key });
          // Asked again with the same key: the same audit, not a second one.
          const again = await stack.client.post<{ id: string }>(`/programmes/${id}/cycle/windows/${window.id}/launch`, pm, body, { 'idempotency-key': key });
          expect(again.id).toBe(launched.id);
          launchesBefore.set(window.id, (launchesBefore.get(window.id) ?? 0) + 1);
          drive(runCleanAudit(stack.client, launched.id, window.covers));
        } else if (task.kind === 'close-coverage-gap') {
          await stack.client.post(`/programmes/${id}/cycle/decide-gap`, pm, { taskId: task.id, decision: 'Audit the supplier under the new contract next cycle' });
        } else if (task.kind === 'act-on-kpi') {
          await stack.client.post(`/programmes/${id}/cycle/respond-to-kpi`, pm, { taskId: task.id, response: 'Looked into it' });
        } else if (task.kind === 'review-programme') {
          await stack.client.post(`/programmes/${id}/cycle/review`, pm, {
            taskId: task.id,
            lessonsLearned: ['Launch tasks answered on time'],
            riskTreatmentEffectiveness: 'Auditee availability treated by early scheduling',
            auditorDevelopment: 'Two auditors completed their training',
            decisions: ['Keep the yearly office audit'],
          });
        }
      }
    };

    // Until the cycle completes; in the middle (once the first year's four audits are launched, well before the next
    // window's launch task) the worker is restarted. A failed
    // audit run ends the wait at once.
    let failure: unknown;
    const drive = (run: Promise<void>) => drives.push(run.catch((error: unknown) => void (failure ??= error)));
    const deadline = Date.now() + 420_000;
    for (;;) {
      await answerOpenTasks(drive);
      if (failure) throw failure;
      if (!restarted && launchesBefore.size >= 4) {
        restarted = true;
        await stack.worker!.stop();
        stack.worker = await startWorker(stack.config);
      }
      if ((await cycle()).status === 'completed' || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect((await cycle()).status).toBe('completed');
    await Promise.all(drives);
    expect(restarted).toBe(true);

    // No window lost, none launched twice: every planned window has exactly one audit, each closed.
    const finished = await cycle();
    const planned = finished.plan.windows.filter((window) => window.status === 'planned');
    expect(planned).toHaveLength(9);
    expect(finished.plan.windows.find((window) => window.id === supplierWindow.id)?.status).toBe('skipped');
    expect(finished.windows.filter((progress) => progress.missedAt)).toEqual([]);
    const auditIds = planned.map((window) => finished.windows.find((progress) => progress.windowId === window.id)?.auditId);
    expect(new Set(auditIds).size).toBe(9);
    expect([...launchesBefore.values()].every((count) => count === 1)).toBe(true);
    const audits = (await stack.client.get<{ total: number; items: { id: string; phase: string }[] }>(`/audits?programmeId=${id}&limit=50`, pm)).body;
    expect(audits.total).toBe(9);
    expect(audits.items.map((audit) => audit.id).sort()).toEqual([...auditIds].sort());
    expect(audits.items.every((audit) => audit.phase === 'closed')).toBe(true);
    const timeline = (await stack.client.get<{ type: string }[]>(`/programmes/${id}/cycle/timeline`, pm)).body;
    expect(timeline.filter((event) => event.type === 'window.launched')).toHaveLength(9);
    expect(timeline.filter((event) => event.type === 'window.audit-finished')).toHaveLength(9);
    expect(timeline.at(-1)?.type === 'cycle.completed' || timeline.some((event) => event.type === 'cycle.completed')).toBe(true);

    // Coverage: every applicable clause and control audited, but the controls only the skipped window owned, named.
    const coverage = (await stack.client.get<{ clauses: ItemStatus[]; controls: ItemStatus[]; gaps: { clauses: string[]; controls: string[] } }>(`/programmes/${id}/coverage`, P.complianceLead.email)).body;
    expect(coverage.clauses.map((item) => item.id)).toEqual(ALL_CLAUSES);
    expect(coverage.clauses.every((item) => item.status === 'audited')).toBe(true);
    expect(coverage.controls.map((item) => item.id).sort()).toEqual([...APPLICABLE].sort());
    expect(coverage.controls.filter((item) => item.status !== 'audited').map((item) => item.id)).toEqual(SUPPLIER_ONLY);
    expect(coverage.gaps).toEqual({ clauses: [], controls: SUPPLIER_ONLY });
    const kpis = (await stack.client.get<{ coverage: { percentOfPlan: number; percentOfCycle: number } }>(`/programmes/${id}/kpis`, pm)).body;
    const applicableCount = ALL_CLAUSES.length + APPLICABLE.length;
    expect(kpis.coverage).toEqual({ percentOfPlan: 100, percentOfCycle: Math.round((1000 * (applicableCount - SUPPLIER_ONLY.length)) / applicableCount) / 10 });
    expect(finished.gaps).toEqual([expect.objectContaining({ items: { clauses: [], controls: SUPPLIER_ONLY }, decision: 'Audit the supplier under the new contract next cycle' })]);

    // The reviews came on their schedule, and each record holds the KPIs of its moment.
    expect(finished.reviews.length).toBeGreaterThanOrEqual(2);
    expect(finished.reviews.every((review) => review.recordedAt !== undefined)).toBe(true);
    expect(finished.reviews[0]!.kpis).toEqual(expect.objectContaining({ audits: expect.any(Number), schedule: expect.any(Object), auditorDays: expect.objectContaining({ plannedPerYear: 20 }) }));

    // The programme manager was mailed each launch task, as a programme mail.
    await eventually(() => expect(messagesMatching(stack.mail.mailbox, new RegExp(`^${programmeWorkflowId(id)}:T-\\d+:assigned$`)).length).toBeGreaterThanOrEqual(10));

    // A completed cycle is not started again: asking for it answers the cycle as it ended.
    expect((await stack.client.post<{ status: string }>(`/programmes/${id}/cycle`, pm, {})).status).toBe('completed');

    await recordHistories({ 'audit-programme-cycle': programmeWorkflowId(id) });
  }, 600_000);
});
