// Auditor competence (issue 13 part 5, ISO 19011 clause 7) through the HTTP API on the real stack: profile fields and
// their changes with a reason, evaluations by the audit's team leader, auditee feedback, and CPD hours against the
// yearly target.
import { randomUUID } from 'node:crypto';
import { auditorTimelineSchema } from '@auditflow/domain';
import { SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { TEST_ADMIN_EMAIL } from '../support/test-identity';
import { eventually } from '../support/test-stack';

interface Violations { violations?: { field: string }[]; field?: string; message: string }
interface TimelineEntry { type: string; changedBy: { email: string }; changes: Record<string, { before?: unknown; after: unknown }>; note?: string }
const CPD_TARGET = 120;

describe('auditor competence: profiles, evaluations after audits, auditee feedback, CPD', () => {
  const stack = useFullStack({ environment: () => ({ CPD_HOURS_PER_YEAR: String(CPD_TARGET) }) });
  // Other test files share the database and the pool: what this file adds has names of its own.
  const tag = randomUUID().slice(0, 8);
  const pm = P.programmeManager.email;
  const qualification = { name: 'ISO/IEC 27001 Lead Auditor', issuer: 'Exemplar Global', obtainedAt: '2024-03-01', expiresAt: '2027-02-28', evidenceRef: `CERT-${tag}` };
  const field = (body: Violations) => body.violations?.[0]?.field ?? body.field;
  const timeline = async (id: string) => (await stack.client.get<{ items: TimelineEntry[] }>(`/auditors/${id}/timeline?limit=100`, pm)).body.items;
  const poolIdOf = async (email: string) => (await stack.client.get<{ id: string; email: string }[]>('/auditors', pm)).body.find((auditor) => auditor.email === email)!.id;

  it('keeps sectors, languages and qualifications with evidence, and changes them with a reason on the timeline', async () => {
    const email = `profile-${tag}@auditflow.example`;
    const created = await stack.client.request<{ id: string; sectors: string[]; languages: string[]; qualifications: unknown[] }>('POST', '/auditors', pm, {
      email,
      name: 'Paula Profile',
      competences: ['audit-methods'],
      sectors: ['Banking', 'Insurance'],
      languages: ['en', 'DE'],
      qualifications: [qualification],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ sectors: ['Banking', 'Insurance'], languages: ['en', 'de'], qualifications: [qualification] });
    const id = created.body.id;
    expect((await stack.client.get(`/auditors/${id}`, pm)).body).toMatchObject({ sectors: ['Banking', 'Insurance'], languages: ['en', 'de'], qualifications: [qualification], feedback: [], cpdRecords: [] });

    const renewed = { ...qualification, obtainedAt: '2027-02-01', expiresAt: '2030-01-31', evidenceRef: `CERT-${tag}-2` };
    const changed = await stack.client.request('PATCH', `/auditors/${id}`, pm, { languages: ['en', 'de', 'fr'], qualifications: [renewed], teamLeaderQualified: true, reason: 'Renewed certificate and French course passed' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ languages: ['en', 'de', 'fr'], qualifications: [renewed], teamLeaderQualified: true, sectors: ['Banking', 'Insurance'], name: 'Paula Profile' });

    const entries = await timeline(id);
    expect(entries.map((entry) => entry.type)).toEqual(['auditor.added', 'auditor.changed']);
    expect(entries[0].changes).toMatchObject({ sectors: { after: ['Banking', 'Insurance'] }, languages: { after: ['en', 'de'] }, qualifications: { after: [qualification] } });
    expect(entries[1]).toMatchObject({
      changedBy: { email: pm },
      note: 'Renewed certificate and French course passed',
      changes: { languages: { before: ['en', 'de'], after: ['en', 'de', 'fr'] }, qualifications: { before: [qualification], after: [renewed] }, teamLeaderQualified: { before: false, after: true } },
    });
    expect(Object.keys(entries[1].changes).sort()).toEqual(['languages', 'qualifications', 'teamLeaderQualified']);

    // Refused: without a reason (400), changing nothing (422), the e-mail (400), someone who does not manage the pool (403), no such auditor (404).
    const noReason = await stack.client.request<Violations>('PATCH', `/auditors/${id}`, pm, { sectors: ['Retail'] });
    expect([noReason.status, field(noReason.body)]).toEqual([400, 'reason']);
    const nothing = await stack.client.request<Violations>('PATCH', `/auditors/${id}`, pm, { languages: ['en', 'de', 'fr'], reason: 'Again' });
    expect([nothing.status, field(nothing.body)]).toEqual([422, 'reason']);
    expect((await stack.client.request('PATCH', `/auditors/${id}`, pm, { email: `other-${tag}@auditflow.example`, reason: 'New address' })).status).toBe(400);
    expect((await stack.client.request('PATCH', `/auditors/${id}`, P.auditor.email, { sectors: ['Retail'], reason: 'Mine' })).status).toBe(403);
    expect((await stack.client.request('PATCH', `/auditors/${randomUUID()}`, pm, { sectors: ['Retail'], reason: 'Nobody' })).status).toBe(404);
    const badLanguage = await stack.client.request<Violations>('PATCH', `/auditors/${id}`, pm, { languages: ['French'], reason: 'x' });
    expect([badLanguage.status, field(badLanguage.body)]).toEqual([400, 'languages.0']);
    expect((await timeline(id)).length).toBe(2);
    expect(auditorTimelineSchema.safeParse((await stack.client.get(`/auditors/${id}/timeline`, pm)).body).error?.issues ?? []).toEqual([]);
  });

  describe('after an audit', () => {
    let auditId: string;
    let arunId: string;
    let outsiderId: string;

    beforeAll(async () => {
      const programme = await stack.client.post<{ id: string }>('/programmes', pm, { ...sampleProgramme(), name: `Competence programme ${tag}` });
      await stack.client.post(`/programmes/${programme.id}/approve`, pm, { approvedBy: 'Board' });
      auditId = (await stack.client.post<{ id: string }>('/audits', pm, sampleLaunch(programme.id))).id;
      arunId = await poolIdOf(P.auditor.email);
      outsiderId = (await stack.client.post<{ id: string }>('/auditors', pm, { email: `not-on-the-audit-${tag}@auditflow.example`, name: 'Nora Notthere' })).id;
      // The team is in the read model once the audit's launch is projected.
      await eventually(async () => expect((await stack.client.get<{ audits: { auditId: string }[] }>(`/auditors/${arunId}`, pm)).body.audits.map((audit) => audit.auditId)).toContain(auditId));
    });

    const evaluation = (result: string, audit?: string) => ({ evaluatedBy: P.teamLeader.name, method: 'post-audit-review', criteria: ['Evidence recorded against the criteria'], result, ...(audit ? { auditId: audit } : {}) });

    it('the team leader evaluates a member naming the audit; nobody else on the team, and not about another audit', async () => {
      const result = `Thorough sampling ${tag}`;
      const answer = await stack.client.request<{ evaluations: { result: string; auditId?: string; recordedBy?: string }[]; feedback: unknown[]; cpdRecords: unknown[] }>('POST', `/auditors/${arunId}/evaluations`, P.teamLeader.email, evaluation(result, auditId));
      expect(answer.status).toBe(201);
      // The leader is answered with what they recorded, not the auditor's whole record.
      expect(answer.body.evaluations.every((kept) => kept.recordedBy === P.teamLeader.email)).toBe(true);
      expect(answer.body.evaluations).toContainEqual(expect.objectContaining({ result, auditId, recordedBy: P.teamLeader.email }));
      expect(answer.body).toMatchObject({ feedback: [], cpdRecords: [] });
      const profile = (await stack.client.get<{ evaluations: { result: string; auditId?: string }[] }>(`/auditors/${arunId}`, pm)).body;
      expect(profile.evaluations).toContainEqual(expect.objectContaining({ result, auditId, evaluatedBy: P.teamLeader.name }));
      const recorded = (await timeline(arunId)).filter((entry) => entry.type === 'auditor.evaluated' && (entry.changes.evaluation.after as { result: string }).result === result);
      expect(recorded).toEqual([expect.objectContaining({ changedBy: expect.objectContaining({ email: P.teamLeader.email }) })]);

      const unnamed = await stack.client.request<Violations>('POST', `/auditors/${arunId}/evaluations`, P.teamLeader.email, evaluation(`Unnamed ${tag}`));
      expect([unnamed.status, field(unnamed.body)]).toEqual([422, 'auditId']);
      expect((await stack.client.request('POST', `/auditors/${arunId}/evaluations`, P.teamLeader.email, evaluation(`Elsewhere ${tag}`, randomUUID()))).status).toBe(403);
      // Not on any audit the leader led; a member who does not lead; the leader about themself.
      expect((await stack.client.request('POST', `/auditors/${outsiderId}/evaluations`, P.teamLeader.email, evaluation(`Outsider ${tag}`, auditId))).status).toBe(403);
      const secondId = await poolIdOf(P.secondAuditor.email);
      expect((await stack.client.request('POST', `/auditors/${secondId}/evaluations`, P.auditor.email, evaluation(`Peer ${tag}`, auditId))).status).toBe(403);
      expect((await stack.client.request('POST', `/auditors/${await poolIdOf(P.teamLeader.email)}/evaluations`, P.teamLeader.email, evaluation(`Self ${tag}`, auditId))).status).toBe(403);
      // A programme manager may name the audit, but only one the auditor was on.
      expect((await stack.client.request('POST', `/auditors/${arunId}/evaluations`, pm, { ...evaluation(`By the manager ${tag}`, auditId), evaluatedBy: pm })).status).toBe(201);
      const wrongAudit = await stack.client.request<Violations>('POST', `/auditors/${outsiderId}/evaluations`, pm, { ...evaluation(`Wrong audit ${tag}`, auditId), evaluatedBy: pm });
      expect([wrongAudit.status, field(wrongAudit.body)]).toEqual([422, 'auditId']);
      expect((await stack.client.get<{ evaluations: unknown[] }>(`/auditors/${outsiderId}`, pm)).body.evaluations).toEqual([]);
    });

    it('the auditee representative and manager give feedback on a member once each; it is kept on the profile and timeline', async () => {
      const comment = `Explained each finding clearly ${tag}`;
      const given = await stack.client.request<{ auditId: string; rating: number; comment: string; givenBy: string; givenAt: string }>('POST', `/auditors/${arunId}/feedback`, P.auditeeRepresentative.email, { auditId, rating: 5, comment });
      expect(given.status).toBe(201);
      expect(given.body).toEqual({ auditId, rating: 5, comment, givenBy: P.auditeeRepresentative.email, givenAt: expect.any(String) });
      expect((await stack.client.request('POST', `/auditors/${arunId}/feedback`, P.auditeeRepresentative.email, { auditId, rating: 4, comment: 'Twice' })).status).toBe(409);
      expect((await stack.client.request('POST', `/auditors/${arunId}/feedback`, P.auditeeManager.email, { auditId, rating: 3, comment: `Ran late ${tag}` })).status).toBe(201);
      const badRating = await stack.client.request<Violations>('POST', `/auditors/${arunId}/feedback`, P.auditeeManager.email, { auditId, rating: 6, comment: 'x' });
      expect([badRating.status, field(badRating.body)]).toEqual([400, 'rating']);

      // Not from the audit team, nor about an audit the person is not the auditee of, nor about someone not on the audit.
      expect((await stack.client.request('POST', `/auditors/${arunId}/feedback`, P.teamLeader.email, { auditId, rating: 5, comment: 'Great colleague' })).status).toBe(403);
      expect((await stack.client.request('POST', `/auditors/${arunId}/feedback`, P.auditeeRepresentative.email, { auditId: randomUUID(), rating: 5, comment: 'x' })).status).toBe(403);
      expect((await stack.client.request('POST', `/auditors/${outsiderId}/feedback`, P.auditeeRepresentative.email, { auditId, rating: 1, comment: 'x' })).status).toBe(403);
      expect((await stack.client.request('POST', `/auditors/${randomUUID()}/feedback`, P.auditeeRepresentative.email, { auditId, rating: 1, comment: 'x' })).status).toBe(404);

      const kept = (await stack.client.get<{ feedback: { auditId: string; rating: number; givenBy: string }[] }>(`/auditors/${arunId}`, pm)).body.feedback.filter((entry) => entry.auditId === auditId);
      expect(kept.map((entry) => [entry.givenBy, entry.rating])).toEqual([
        [P.auditeeRepresentative.email, 5],
        [P.auditeeManager.email, 3],
      ]);
      // The auditor reads the feedback on their own profile.
      expect((await stack.client.get<{ feedback: { comment: string }[] }>(`/auditors/${arunId}`, P.auditor.email)).body.feedback.map((entry) => entry.comment)).toContain(comment);
      const recorded = (await timeline(arunId)).filter((entry) => entry.type === 'auditor.feedback-received' && (entry.changes.feedback.after as { auditId: string }).auditId === auditId);
      expect(recorded.map((entry) => entry.changedBy.email)).toEqual([P.auditeeRepresentative.email, P.auditeeManager.email]);
    });
  });

  it('records CPD by the auditor themself or a programme manager, and shows hours this year against the target pro rata', async () => {
    const email = `cpd-${tag}@auditflow.example`;
    await stack.client.post('/people', TEST_ADMIN_EMAIL, { email, name: 'Cora Course', roles: ['auditor'] });
    const id = (await stack.client.post<{ id: string }>('/auditors', pm, { email, name: 'Cora Course' })).id;
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const lastYear = `${now.getUTCFullYear() - 1}-06-15`;

    const own = await stack.client.request<{ recorded: Record<string, unknown>; standing: { hoursThisYear: number; targetHours: number } }>('POST', `/auditors/${id}/cpd`, email, { date: today, hours: 3.5, activity: 'ISO/IEC 27001:2022 transition course', evidenceRef: `ATT-${tag}` });
    expect(own.status).toBe(201);
    expect(own.body.recorded).toEqual({ date: today, hours: 3.5, activity: 'ISO/IEC 27001:2022 transition course', evidenceRef: `ATT-${tag}`, recordedBy: email, recordedAt: expect.any(String) });
    expect(own.body.standing).toMatchObject({ hoursThisYear: 3.5, targetHours: CPD_TARGET });
    expect((await stack.client.request('POST', `/auditors/${id}/cpd`, pm, { date: lastYear, hours: 200, activity: 'Conference', evidenceRef: `CONF-${tag}` })).status).toBe(201);

    // Another auditor may not; bad hours and dates are refused naming the field.
    expect((await stack.client.request('POST', `/auditors/${id}/cpd`, P.auditor.email, { date: today, hours: 1, activity: 'x', evidenceRef: 'y' })).status).toBe(403);
    const noHours = await stack.client.request<Violations>('POST', `/auditors/${id}/cpd`, email, { date: today, hours: 0, activity: 'x', evidenceRef: 'y' });
    expect([noHours.status, field(noHours.body)]).toEqual([400, 'hours']);
    const future = await stack.client.request<Violations>('POST', `/auditors/${id}/cpd`, email, { date: `${now.getUTCFullYear() + 1}-01-01`, hours: 1, activity: 'x', evidenceRef: 'y' });
    expect([future.status, field(future.body)]).toEqual([422, 'date']);

    const profile = (await stack.client.get<{ cpdRecords: unknown[]; cpd: { year: number; hoursThisYear: number; targetHours: number; expectedByNow: number; behind: boolean } }>(`/auditors/${id}`, email)).body;
    expect(profile.cpdRecords).toHaveLength(2);
    // Last year's 200 hours do not count this year.
    expect(profile.cpd).toMatchObject({ year: now.getUTCFullYear(), hoursThisYear: 3.5, targetHours: CPD_TARGET });
    expect(profile.cpd.behind).toBe(profile.cpd.hoursThisYear < profile.cpd.expectedByNow);
    expect((await timeline(id)).map((entry) => entry.type)).toEqual(['auditor.added', 'auditor.cpd-recorded', 'auditor.cpd-recorded']);
  });
});
