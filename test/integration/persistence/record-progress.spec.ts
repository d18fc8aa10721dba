import { DataSource } from 'typeorm';
import { createProjectionActivities } from '@auditflow/activities/projection';
import { ProgressRecord } from '@auditflow/domain';
import { appendSideEvent, appendSideEvents, messageIdFor, verifyAuditTimeline } from '@auditflow/persistence';
import { AuditRun, auditDefinition, auditToFollowUp, FollowUpRun, hoursAfterStart, scenarioPeople } from './audit-scenario';
import { rowCounts, snapshotAudit } from './read-back';
import { insertProgramme, useTestDatabase } from './test-database';

describe('recordAuditProgress', () => {
  const database = useTestDatabase();
  let dataSource: DataSource;
  let recordAuditProgress: ReturnType<typeof createProjectionActivities>['recordAuditProgress'];

  beforeAll(async () => {
    dataSource = database.dataSource;
    ({ recordAuditProgress } = createProjectionActivities({ dataSource }));
  });

  async function recordAll(records: readonly ProgressRecord[]): Promise<string[][]> {
    const keys: string[][] = [];
    for (const record of records) keys.push((await recordAuditProgress(record)).notificationKeys);
    return keys;
  }

  async function newAudit() {
    const people = scenarioPeople();
    const programmeId = await insertProgramme(dataSource, { manager: people.programmeManager, complianceLead: people.complianceLead });
    const run = new AuditRun(auditDefinition(programmeId, people), hoursAfterStart(0));
    return { people, run, auditId: run.definition.auditId };
  }

  describe('a whole audit and its corrective action', () => {
    let run: AuditRun;
    let followUp: FollowUpRun;
    let firstKeys: string[][];
    let auditId: string;

    beforeAll(async () => {
      const audit = await newAudit();
      ({ run, auditId } = audit);
      const input = auditToFollowUp(run, audit.people);
      followUp = new FollowUpRun(input, hoursAfterStart(100));
      followUp.act('submitActionPlan', { email: audit.people.representative, role: 'auditee-representative' }, { rootCause: 'No backup auditor', actionPlan: 'Train two more auditors' }, hoursAfterStart(101));
      firstKeys = await recordAll([...run.records, ...followUp.records]);
    });

    it('projects every table from the records', async () => {
      const snapshot = await snapshotAudit(dataSource, auditId);
      const { state } = run;
      expect(rowCounts(snapshot)).toEqual({
        audits: 1,
        audit_team_members: state.team.length,
        audit_tasks: state.tasks.length + followUp.state.tasks.length,
        audit_documents: 2,
        audit_plan_versions: 1,
        audit_work_assignments: 1,
        audit_checklist_items: 1,
        audit_evidence: 1,
        audit_findings: 1,
        audit_meetings: 2,
        audit_report_versions: 1,
        audit_follow_ups: 1,
        corrective_actions: 1,
        audit_events: [...run.records, ...followUp.records].reduce((sum, record) => sum + record.events.length, 0),
        notifications: new Set(firstKeys.flat()).size,
      });
      const [audit] = await dataSource.query('SELECT phase, next_due_at, last_seq, workflow_id, compliance_lead_email FROM audits WHERE id = $1', [auditId]);
      expect(audit).toMatchObject({ phase: 'following-up', workflow_id: run.workflowId, compliance_lead_email: run.definition.complianceLead.email, last_seq: run.last.firstSeq });
      const [action] = await dataSource.query('SELECT status, round, workflow_id, grade FROM corrective_actions WHERE audit_id = $1', [auditId]);
      expect(action).toEqual({ status: 'plan-submitted', round: 1, workflow_id: followUp.workflowId, grade: 'minor-nonconformity' });
      const followUpTasks = await dataSource.query('SELECT id, state, workflow_id FROM audit_tasks WHERE audit_id = $1 AND workflow_id = $2 ORDER BY id', [auditId, followUp.workflowId]);
      expect(followUpTasks).toEqual(followUp.state.tasks.map((task) => ({ id: task.id, state: task.state, workflow_id: followUp.workflowId })));
      expect(followUpTasks.map((task: { state: string }) => task.state)).toEqual(['done', 'open']);
    });

    it('numbers each workflow\'s events consecutively from 1 and keeps its phase and actor', async () => {
      const events: Array<{ workflow_id: string; seq: number; type: string; phase: string; actor_email: string | null }> = await dataSource.query(
        'SELECT workflow_id, seq, type, phase, actor_email FROM audit_events WHERE audit_id = $1 ORDER BY id',
        [auditId],
      );
      const auditEvents = events.filter((event) => event.workflow_id === run.workflowId);
      expect(auditEvents.map((event) => event.seq)).toEqual(auditEvents.map((_event, index) => index + 1));
      expect(auditEvents.map((event) => event.type)).toEqual(run.records.flatMap((record) => record.events.map((event) => event.type)));
      expect(auditEvents[0]).toMatchObject({ type: 'audit.created', phase: 'initiating', actor_email: run.definition.programmeManager.email });
      const childEvents = events.filter((event) => event.workflow_id === followUp.workflowId);
      expect(childEvents.map((event) => event.seq)).toEqual(childEvents.map((_event, index) => index + 1));
    });

    it('queues each notification once, with a Message-ID derived from its dedupe key', async () => {
      const rows: Array<{ dedupe_key: string; message_id: string; status: string; attempts: number; kind: string; recipients: { to: string[] } }> = await dataSource.query(
        'SELECT dedupe_key, message_id, status, attempts, kind, recipients FROM notifications WHERE audit_id = $1 ORDER BY created_at, dedupe_key',
        [auditId],
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.message_id).toBe(messageIdFor(row.dedupe_key));
        expect(row).toMatchObject({ status: 'pending', attempts: 0 });
      }
      expect(firstKeys[0]).toEqual([`${run.workflowId}:T-1:assigned`]);
      const invitation = rows.find((row) => row.kind === 'meeting-invitation');
      expect(invitation?.dedupe_key).toBe(`${run.workflowId}:M-1:invite:0`);
      expect(new Set(rows.map((row) => row.dedupe_key))).toEqual(new Set(firstKeys.flat()));
    });

    it('changes nothing when every record is recorded again, and still returns the notification keys', async () => {
      const before = await snapshotAudit(dataSource, auditId);
      const again = await recordAll([...run.records, ...followUp.records]);
      expect(again).toEqual(firstKeys);
      expect(await snapshotAudit(dataSource, auditId)).toEqual(before);
    });

    it('does not roll back newer state when an older record arrives late', async () => {
      const before = await snapshotAudit(dataSource, auditId);
      // The launch (phase initiating, T-1 open), feasibility (phase preparing) and the follow-up's opening.
      await recordAuditProgress(run.records[0]!);
      await recordAuditProgress(run.records[2]!);
      await recordAuditProgress(followUp.records[0]!);
      expect(await snapshotAudit(dataSource, auditId)).toEqual(before);
      const [{ phase }] = await dataSource.query('SELECT phase FROM audits WHERE id = $1', [auditId]);
      expect(phase).toBe('following-up');
    });

    it('leaves a sent notification sent when its step is retried, and hands over only what is still pending', async () => {
      const key = firstKeys[0]![0]!;
      expect((await recordAuditProgress(run.records[0]!)).notificationKeys).toEqual([key]);
      await dataSource.query(`UPDATE notifications SET status = 'sent', sent_at = now(), attempts = 1 WHERE dedupe_key = $1`, [key]);
      expect((await recordAuditProgress(run.records[0]!)).notificationKeys).toEqual([]);
      const [row] = await dataSource.query('SELECT status, attempts FROM notifications WHERE dedupe_key = $1', [key]);
      expect(row).toEqual({ status: 'sent', attempts: 1 });
    });

    it('refuses to rewrite, delete or empty history', async () => {
      await expect(dataSource.query(`UPDATE audit_events SET summary = 'rewritten' WHERE audit_id = $1`, [auditId])).rejects.toThrow(/append-only/);
      await expect(dataSource.query(`DELETE FROM audit_events WHERE audit_id = $1`, [auditId])).rejects.toThrow(/append-only: DELETE is refused/);
      await expect(dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only: TRUNCATE is refused/);
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM audit_events WHERE audit_id = $1', [auditId]);
      expect(count).toBeGreaterThan(0);
    });
  });

  it('converges to the same rows when records arrive out of order', async () => {
    const { run, auditId, people } = await newAudit();
    run.act('acknowledgeContact', { email: people.representative, role: 'auditee-representative' }, { channels: ['e-mail'], confidentialityAgreed: true }, hoursAfterStart(1));
    run.act('decideFeasibility', { email: people.leader, role: 'team-leader' }, { feasible: true, reason: 'fine' }, hoursAfterStart(2));
    const [launch, acknowledged, feasible] = run.records as [ProgressRecord, ProgressRecord, ProgressRecord];
    await recordAll([launch, feasible, acknowledged]);

    const [audit] = await dataSource.query('SELECT phase FROM audits WHERE id = $1', [auditId]);
    expect(audit.phase).toBe('preparing');
    const tasks = await dataSource.query('SELECT id, kind, state FROM audit_tasks WHERE audit_id = $1 ORDER BY id', [auditId]);
    expect(tasks).toEqual(run.state.tasks.map((task) => ({ id: task.id, kind: task.kind, state: task.state })));
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM audit_events WHERE audit_id = $1', [auditId]);
    expect(count).toBe(run.records.reduce((sum, record) => sum + record.events.length, 0));
  });

  it('replaces the team when a member is replaced', async () => {
    const { run, auditId, people } = await newAudit();
    const replacement = `replacement-${people.tag}@example.org`;
    run.act(
      'acknowledgeContact',
      { email: people.representative, role: 'auditee-representative' },
      { channels: ['e-mail'], confidentialityAgreed: true, objections: [{ memberEmail: people.auditor, reason: 'audited us last year as a consultant' }] },
      hoursAfterStart(1),
    );
    run.act(
      'resolveObjection',
      { email: people.programmeManager, role: 'programme-manager' },
      { memberEmail: people.auditor, outcome: 'replaced', note: 'conflict of interest', replacement: { email: replacement, name: 'Rhea Replacement', role: 'auditor', unit: 'Internal Audit' } },
      hoursAfterStart(2),
    );
    await recordAll(run.records);
    const team = await dataSource.query('SELECT email, role FROM audit_team_members WHERE audit_id = $1 ORDER BY email', [auditId]);
    expect(team).toEqual(
      [
        { email: people.leader, role: 'team-leader' },
        { email: replacement, role: 'auditor' },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );
    // The launch record carries the original team; replayed late it must not bring the replaced auditor back.
    await recordAuditProgress(run.records[0]!);
    expect(await dataSource.query('SELECT email, role FROM audit_team_members WHERE audit_id = $1 ORDER BY email', [auditId])).toEqual(team);
  });

  it('writes nothing at all when a record cannot be applied', async () => {
    const people = scenarioPeople();
    // No such programme: the audits row violates its foreign key, so the whole step must roll back.
    const run = new AuditRun(auditDefinition('00000000-0000-4000-8000-000000000000', people), hoursAfterStart(0));
    await expect(recordAuditProgress(run.records[0]!)).rejects.toThrow(/audits_programme_fk/);
    const counts = await dataSource.query(
      `SELECT (SELECT count(*) FROM audit_events WHERE workflow_id = $1)::int AS events, (SELECT count(*) FROM notifications WHERE workflow_id = $1)::int AS notifications`,
      [run.workflowId],
    );
    expect(counts).toEqual([{ events: 0, notifications: 0 }]);
  });

  it('records text containing NUL characters, which PostgreSQL cannot store, without them', async () => {
    const { run, auditId } = await newAudit();
    const [launch] = run.records as [ProgressRecord];
    const event = launch.events[0]!;
    await recordAuditProgress({ ...launch, events: [{ ...event, summary: `Launched\u0000!`, data: { note: 'a\u0000b' } }, ...launch.events.slice(1)] });
    const [row] = await dataSource.query('SELECT summary, data FROM audit_events WHERE audit_id = $1 AND seq = 1', [auditId]);
    expect(row).toEqual({ summary: 'Launched!', data: { note: 'ab' } });
    // Hashed as stored, so the line still verifies.
    expect(await verifyAuditTimeline(dataSource, auditId)).toMatchObject({ verified: true, beforeChain: 0 });
  });

  it('chains the lines of each workflow id in the order written: a late step follows those after it, a replay keeps every hash, and the timeline verifies', async () => {
    const audit = await newAudit();
    const { run, auditId } = audit;
    const followUp = new FollowUpRun(auditToFollowUp(run, audit.people), hoursAfterStart(100));
    const [launch, late, ...rest] = run.records as ProgressRecord[];
    expect(late!.events.length).toBeGreaterThan(0);
    await recordAll([launch!, ...rest, ...followUp.records]);
    await recordAll([late!]); // refused at first, sent again by an admin after the steps that followed it
    await appendSideEvent(dataSource, { auditId, workflowId: 'mail:chain-test', seq: 1, type: 'notification.sent', summary: 'Mail sent', data: { to: ['a@example.org'] } });
    const hashes = async () => dataSource.query(`SELECT id, workflow_id, seq, prev_hash, hash FROM audit_events WHERE audit_id = $1 ORDER BY id`, [auditId]);
    const written = await hashes();
    expect(written.every((row: { hash: string | null }) => /^[0-9a-f]{64}$/.test(row.hash ?? ''))).toBe(true);
    // Each chain starts once: one first line per workflow id, each other line linked to the line written before it.
    expect(written.filter((row: { prev_hash: string | null }) => row.prev_hash === null).map((row: { workflow_id: string }) => row.workflow_id).sort()).toEqual(
      [run.workflowId, followUp.workflowId, 'mail:chain-test'].sort(),
    );
    await recordAll([...run.records, ...followUp.records]);
    await appendSideEvent(dataSource, { auditId, workflowId: 'mail:chain-test', seq: 1, type: 'notification.sent', summary: 'Mail sent', data: { to: ['a@example.org'] } });
    expect(await hashes()).toEqual(written);
    expect(await verifyAuditTimeline(dataSource, auditId)).toEqual({ verified: true, events: written.length, beforeChain: 0 });
  });

  it('appends side lines in one batch as one by one: each workflow id chained in the order given, unnumbered lines on consecutive seqs', async () => {
    const { auditId } = await newAudit();
    await appendSideEvents(dataSource, [
      { auditId, workflowId: 'mail:batch-a', seq: 1, type: 'notification.sent', summary: 'Mail A sent', data: { to: ['a@example.org'] } },
      { auditId, workflowId: 'mail-admin:batch', type: 'notification.retried', summary: 'Retried once', data: {} },
      { auditId, workflowId: 'mail:batch-b', seq: 1, type: 'notification.sent', summary: 'Mail B sent', phase: 'reporting', data: { to: ['b@example.org'] } },
      { auditId, workflowId: 'mail-admin:batch', type: 'notification.retried', summary: 'Retried twice', data: {} },
    ]);
    await appendSideEvent(dataSource, { auditId, workflowId: 'mail-admin:batch', type: 'notification.discarded', summary: 'Discarded', data: {} });
    const lines = await dataSource.query(`SELECT workflow_id, seq, phase, summary, prev_hash, hash FROM audit_events WHERE audit_id = $1 AND workflow_id LIKE 'mail%' ORDER BY id`, [auditId]);
    expect(lines.map((line: { workflow_id: string; seq: number; phase: string }) => [line.workflow_id, line.seq, line.phase])).toEqual([
      ['mail:batch-a', 1, 'initiating'],
      ['mail-admin:batch', 1, 'initiating'],
      ['mail:batch-b', 1, 'reporting'],
      ['mail-admin:batch', 2, 'initiating'],
      ['mail-admin:batch', 3, 'initiating'],
    ]);
    // The admin chain links each line to the one before it, the one written alone after the batch included.
    expect(lines[3].prev_hash).toBe(lines[1].hash);
    expect(lines[4].prev_hash).toBe(lines[3].hash);
    expect(await verifyAuditTimeline(dataSource, auditId)).toMatchObject({ verified: true, beforeChain: 0 });
  });

  it('lets concurrent attempts of the same record finish without duplicates', async () => {
    const { run, auditId } = await newAudit();
    const results = await Promise.all([recordAuditProgress(run.records[0]!), recordAuditProgress(run.records[0]!), recordAuditProgress(run.records[0]!)]);
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    const snapshot = await snapshotAudit(dataSource, auditId);
    expect(rowCounts(snapshot)).toMatchObject({ audits: 1, audit_tasks: 1, audit_team_members: 2, audit_events: run.records[0]!.events.length, notifications: 1 });
  });

  it('queues escalation notifications fired by the clock', async () => {
    const { run, auditId } = await newAudit();
    const dueAt = run.state.tasks[0]!.dueAt;
    run.tick(new Date(Date.parse(dueAt) + 60_000).toISOString());
    const keys = await recordAll(run.records);
    expect(keys[1]).toEqual([`${run.workflowId}:T-1:escalation:1:0`]);
    const [task] = await dataSource.query('SELECT state, escalation_level FROM audit_tasks WHERE audit_id = $1', [auditId]);
    expect(task).toEqual({ state: 'overdue', escalation_level: 1 });
    const [notification] = await dataSource.query('SELECT kind, recipients, task_id, message_id FROM notifications WHERE dedupe_key = $1', [keys[1]![0]]);
    expect(notification).toEqual({
      kind: 'task-overdue',
      recipients: { to: [run.definition.auditee.representative.email], cc: [run.definition.auditee.manager.email] },
      task_id: 'T-1',
      message_id: messageIdFor(keys[1]![0]!),
    });
  });
});
