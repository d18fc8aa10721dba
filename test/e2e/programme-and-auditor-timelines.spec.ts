import { DataSource } from 'typeorm';
import { AuditflowClient, SAMPLE_PEOPLE as P, sampleProgramme } from '@auditflow/samples';
import { createDataSource } from '@auditflow/persistence';
import { auditorTimelineSchema, programmeTimelineSchema } from '@auditflow/domain';
import { testClient } from '../support/sign-in';
import { TEST_ADMIN_EMAIL } from '../support/test-identity';
import { startApi, startMailbox, testConfig, testDatabaseUrl, TestApi, TestMailbox } from '../support/test-stack';

const PM = P.programmeManager.email;
const LEAD = P.complianceLead.email;
const tag = Date.now().toString(36);
const evaluation = (result: string) => ({ evaluatedBy: PM, method: 'observation', criteria: ['Plans the audit to the scope'], result, gaps: [] });

/**
 * Programmes and the auditor pool keep an append-only history (issue 11, defect 6): every change writes one row in
 * its own transaction, readable by whoever may read the programme or the auditor. No worker: these are API writes.
 */
describe('the histories of programmes and of the auditor pool', () => {
  let mail: TestMailbox;
  let api: TestApi;
  let client: AuditflowClient;
  let db: DataSource;
  let pmPersonId: string;
  const constraints: Array<{ table: string; name: string }> = [];

  beforeAll(async () => {
    mail = await startMailbox();
    api = await startApi(testConfig({ SMTP_URL: mail.smtpUrl }));
    client = testClient(api.baseUrl, mail.mailbox);
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
    pmPersonId = (await client.get('/me', PM)).body.id;
  });

  afterAll(async () => {
    for (const { table, name } of constraints) await db?.query(`ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${name}`);
    await db?.destroy();
    await api?.close();
    await mail?.stop();
  });

  /** Makes the database refuse the rows `check` rejects, for one test's purpose, until the file ends. */
  async function refuse(table: string, check: string): Promise<void> {
    const name = `test_refuses_${constraints.length}_${tag}`;
    constraints.push({ table, name });
    await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${check}) NOT VALID`);
  }

  it('records who established and approved a programme, when, and what each change set; the manager and the compliance lead read it', async () => {
    const input = { ...sampleProgramme({ contactAcknowledgementWithin: 'P5D' }), name: `Timeline programme ${tag}` };
    const programme = await client.post<{ id: string; createdAt: string }>('/programmes', PM, input);
    const timeline = `/programmes/${programme.id}/timeline`;

    const established = await client.get(timeline, PM);
    expect(established.status).toBe(200);
    expect(established.body).toEqual({
      total: 1,
      limit: 100,
      offset: 0,
      items: [
        {
          id: expect.any(Number),
          programmeId: programme.id,
          type: 'programme.established',
          changedBy: { email: PM, personId: pmPersonId },
          // now() of the transaction that inserted the programme: the record was written in that same transaction.
          occurredAt: programme.createdAt,
          changes: {
            name: { after: input.name },
            description: { after: input.description },
            objectives: { after: input.objectives },
            risks: { after: input.risks },
            extent: { after: input.extent },
            managerEmail: { after: PM },
            managerName: { after: P.programmeManager.name },
            complianceLeadEmail: { after: LEAD },
            complianceLeadName: { after: P.complianceLead.name },
            settings: { after: { contactAcknowledgementWithin: 'P5D' } },
            content: { after: null },
            cycleSettings: { after: null },
            version: { after: 1 },
            status: { after: 'draft' },
            approvedBy: { after: null },
            approvedAt: { after: null },
          },
        },
      ],
    });

    const approved = await client.post<{ approvedAt: string; updatedAt: string }>(`/programmes/${programme.id}/approve`, PM, { approvedBy: 'Audit committee', note: 'Approved at the March meeting' });
    // Approving twice is refused, and a refused change records nothing.
    expect((await client.request('POST', `/programmes/${programme.id}/approve`, PM, { approvedBy: 'Board' })).status).toBe(409);

    const both = await client.get(timeline, LEAD);
    expect(both.status).toBe(200);
    expect(both.body.total).toBe(2);
    // The answer is exactly what the OpenAPI document says (strict schemas: no field more, none missing).
    expect(programmeTimelineSchema.safeParse(both.body).error?.issues ?? []).toEqual([]);
    expect(both.body.items.map((entry: { type: string }) => entry.type)).toEqual(['programme.established', 'programme.approved']);
    expect(both.body.items[1]).toEqual({
      id: expect.any(Number),
      programmeId: programme.id,
      type: 'programme.approved',
      changedBy: { email: PM, personId: pmPersonId },
      occurredAt: approved.updatedAt,
      changes: {
        status: { before: 'draft', after: 'approved' },
        approvedBy: { before: null, after: 'Audit committee' },
        approvedAt: { before: null, after: approved.approvedAt },
      },
      note: 'Approved at the March meeting',
    });
    expect(both.body.items[1].id).toBeGreaterThan(both.body.items[0].id);

    const secondPage = await client.get(`${timeline}?limit=1&offset=1`, PM);
    expect(secondPage.body).toEqual({ total: 2, limit: 1, offset: 1, items: [both.body.items[1]] });
    // Someone who may not read the programme learns nothing of it or its history.
    expect((await client.get(timeline, P.auditor.email)).status).toBe(404);
  });

  it('records who added an auditor and each evaluation; evaluations recorded at the same moment are all kept and all recorded', async () => {
    const email = `timeline-${tag}@auditflow.example`;
    const auditor = await client.post<{ id: string; createdAt: string }>('/auditors', PM, { email, name: 'Tilda Line', unit: 'Risk Office', competences: ['audit-methods'], teamLeaderQualified: true });
    const timeline = `/auditors/${auditor.id}/timeline`;

    const added = await client.get(timeline, PM);
    expect(added.status).toBe(200);
    expect(added.body.total).toBe(1);
    expect(added.body.items[0]).toMatchObject({
      auditorId: auditor.id,
      auditorEmail: email,
      type: 'auditor.added',
      changedBy: { email: PM, personId: pmPersonId },
      occurredAt: auditor.createdAt,
      changes: { email: { after: email }, name: { after: 'Tilda Line' }, unit: { after: 'Risk Office' }, competences: { after: ['audit-methods'] }, teamLeaderQualified: { after: true } },
    });
    expect(added.body.items[0].changes).not.toHaveProperty('evaluations');

    // Five at once: each waits for the one before (the row is locked), so none overwrites another.
    const results = ['First', 'Second', 'Third', 'Fourth', 'Fifth'].map((word) => `${word} evaluation ${tag}`);
    const answers = await Promise.all(results.map((result) => client.request('POST', `/auditors/${auditor.id}/evaluations`, PM, evaluation(result))));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    const stored: Array<{ result: string }> = (await client.get(`/auditors/${auditor.id}`, PM)).body.evaluations;
    expect(stored.map((kept) => kept.result).sort()).toEqual([...results].sort());

    // The same auditor again is refused, and records nothing.
    expect((await client.request('POST', '/auditors', PM, { email, name: 'Tilda Again' })).status).toBe(409);

    const all = await client.get(timeline, PM);
    expect(all.body.total).toBe(6);
    expect(auditorTimelineSchema.safeParse(all.body).error?.issues ?? []).toEqual([]);
    const evaluated = all.body.items.slice(1);
    expect(evaluated.map((entry: { type: string }) => entry.type)).toEqual(Array(5).fill('auditor.evaluated'));
    for (const entry of evaluated) expect(Object.keys(entry.changes)).toEqual(['evaluation']);
    // In the order they were appended to the profile.
    expect(evaluated.map((entry: { changes: { evaluation: { after: unknown } } }) => entry.changes.evaluation.after)).toEqual(stored);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM auditor_events WHERE auditor_email = $1`, [email]);
    expect(count).toBe(6);
    // An auditor who does not manage programmes reads their own history and no one else's.
    expect((await client.get(timeline, P.auditor.email)).status).toBe(404);
    const own = `own-timeline-${tag}@auditflow.example`;
    await client.post('/people', TEST_ADMIN_EMAIL, { email: own, name: 'Otto Own', roles: ['auditor'] });
    const profile = await client.post<{ id: string }>('/auditors', PM, { email: own, name: 'Otto Own' });
    const ownTimeline = await client.get(`/auditors/${profile.id}/timeline`, own);
    expect(ownTimeline.status).toBe(200);
    expect(ownTimeline.body.items.map((entry: { type: string; auditorEmail: string }) => [entry.type, entry.auditorEmail])).toEqual([['auditor.added', own]]);
    expect((await client.get(timeline, own)).status).toBe(404);
  });

  it('refuses in the database to change, delete or empty either history', async () => {
    for (const table of ['programme_events', 'auditor_events']) {
      const [{ before }] = await db.query(`SELECT count(*)::int AS before FROM ${table}`);
      expect(before).toBeGreaterThan(0);
      await expect(db.query(`UPDATE ${table} SET actor_email = 'someone-else@auditflow.example'`)).rejects.toThrow(`${table} is append-only: UPDATE is refused`);
      await expect(db.query(`DELETE FROM ${table}`)).rejects.toThrow(`${table} is append-only: DELETE is refused`);
      await expect(db.query(`TRUNCATE ${table}`)).rejects.toThrow(`${table} is append-only: TRUNCATE is refused`);
      const [{ after }] = await db.query(`SELECT count(*)::int AS after FROM ${table}`);
      expect(after).toBe(before);
      const [{ rewritten }] = await db.query(`SELECT count(*)::int AS rewritten FROM ${table} WHERE actor_email = 'someone-else@auditflow.example'`);
      expect(rewritten).toBe(0);
    }
  });

  it('makes no change whose record the database refuses', async () => {
    // Establishing: the programme is not created when its record cannot be written.
    const refusedName = `Unrecorded programme ${tag}`;
    await refuse('programme_events', `changes->'name'->>'after' IS DISTINCT FROM '${refusedName}'`);
    expect((await client.request('POST', '/programmes', PM, { ...sampleProgramme(), name: refusedName })).status).toBe(500);
    const [{ programmes }] = await db.query(`SELECT count(*)::int AS programmes FROM programmes WHERE name = $1`, [refusedName]);
    expect(programmes).toBe(0);

    // Approving: the programme stays in draft.
    const programme = await client.post<{ id: string }>('/programmes', PM, { ...sampleProgramme(), name: `Approval unrecorded ${tag}` });
    const refusedNote = `Unrecorded approval ${tag}`;
    await refuse('programme_events', `note IS DISTINCT FROM '${refusedNote}'`);
    expect((await client.request('POST', `/programmes/${programme.id}/approve`, PM, { approvedBy: 'Board', note: refusedNote })).status).toBe(500);
    expect((await client.get(`/programmes/${programme.id}`, PM)).body).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null });
    expect((await client.get(`/programmes/${programme.id}/timeline`, PM)).body.items.map((entry: { type: string }) => entry.type)).toEqual(['programme.established']);

    // Adding an auditor: not in the pool.
    const refusedEmail = `unrecorded-${tag}@auditflow.example`;
    await refuse('auditor_events', `auditor_email <> '${refusedEmail}'`);
    expect((await client.request('POST', '/auditors', PM, { email: refusedEmail, name: 'Una Recorded' })).status).toBe(500);
    const pool: Array<{ email: string }> = (await client.get('/auditors', PM)).body;
    expect(pool.map((auditor) => auditor.email)).not.toContain(refusedEmail);

    // Recording an evaluation: the profile keeps the evaluations it had.
    const auditor = await client.post<{ id: string }>('/auditors', PM, { email: `evaluation-unrecorded-${tag}@auditflow.example`, name: 'Eva Unrecorded' });
    await client.post(`/auditors/${auditor.id}/evaluations`, PM, evaluation(`Kept ${tag}`));
    const refusedResult = `Unrecorded evaluation ${tag}`;
    await refuse('auditor_events', `changes->'evaluation'->'after'->>'result' IS DISTINCT FROM '${refusedResult}'`);
    expect((await client.request('POST', `/auditors/${auditor.id}/evaluations`, PM, evaluation(refusedResult))).status).toBe(500);
    expect((await client.get(`/auditors/${auditor.id}`, PM)).body.evaluations.map((kept: { result: string }) => kept.result)).toEqual([`Kept ${tag}`]);
    expect((await client.get(`/auditors/${auditor.id}/timeline`, PM)).body.total).toBe(2);
  });
});
