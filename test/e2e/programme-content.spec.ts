// The programme's content and its versions (issue 13, parts 1 and 2): a programme holds its cycle, audit areas with
// their risk and the clauses and controls they own, and a Statement of Applicability; each change is a new version,
// with its reason, that the audit client approves again; the cycle plan its areas give covers every applicable clause
// and control at the frequency their risk asks for.
import { ISO27001_2022_ANNEX_A, ISO27001_2022_CLAUSES } from '@auditflow/domain';
import { SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { threeYearProgramme, EXCLUDED } from '../unit/programme-cycle/support/three-year-programme';

interface Window {
  id: string;
  areaIds: string[];
  opensAt: string;
  covers: { clauses: string[]; controls: string[] };
}
interface Proposal {
  plan: { windows: Window[]; uncovered: { clauses: string[]; controls: string[] } };
  coverage: { clauses: { id: string; windowIds: string[] }[]; controls: { id: string; windowIds: string[] }[] };
}

describe("a programme's content, versions and cycle plan", () => {
  const stack = useFullStack();
  const pm = P.programmeManager.email;

  it('is versioned by each change with its reason, approved again before audits are launched, and plans its cycle by risk', async () => {
    const created = await stack.client.post<{ id: string; version: number; content: unknown }>('/programmes', pm, { ...sampleProgramme(), name: `Programme content ${Date.now().toString(36)}` });
    expect(created.version).toBe(1);
    expect(created.content).toBeNull();
    const id = created.id;
    expect((await stack.client.get(`/programmes/${id}/cycle-plan/proposal`, pm)).status).toBe(422);
    await stack.client.post(`/programmes/${id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });

    // Version 2: the cycle and its areas, with the reason; a draft again until the audit client approves it.
    const refused = await stack.client.request('PATCH', `/programmes/${id}`, pm, { content: threeYearProgramme });
    expect(refused.status).toBe(400);
    expect(refused.body.violations).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await stack.client.request('PATCH', `/programmes/${id}`, P.complianceLead.email, { extent: 'More', reason: 'Mine' })).status).toBe(403);
    const changed = await stack.client.request('PATCH', `/programmes/${id}`, pm, { content: threeYearProgramme, reason: 'Plan the 2026–2028 certification cycle' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, status: 'draft', approvedBy: null });
    expect((await stack.client.request('PATCH', `/programmes/${id}`, pm, { content: threeYearProgramme, reason: 'Again' })).status).toBe(422);
    const launch = await stack.client.request('POST', '/audits', pm, sampleLaunch(id));
    expect(launch.status).toBe(409);
    expect(launch.body.message).toContain('is a draft');
    const history = (await stack.client.get(`/programmes/${id}/timeline`, pm)).body.items as { type: string; note?: string; changes: Record<string, unknown> }[];
    expect(history.map((event) => event.type)).toEqual(['programme.established', 'programme.approved', 'programme.changed']);
    expect(history[2]).toMatchObject({ note: 'Plan the 2026–2028 certification cycle' });
    expect(Object.keys(history[2]!.changes).sort()).toEqual(['approvedAt', 'approvedBy', 'content', 'status', 'version']);
    expect((await stack.client.request('POST', `/programmes/${id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' })).body).toMatchObject({ version: 2, status: 'approved' });

    // The proposal: windows by risk (high yearly, medium every two years, low once), every applicable item planned.
    const proposal = (await stack.client.get<Proposal>(`/programmes/${id}/cycle-plan/proposal`, P.complianceLead.email)).body;
    const windowsOf = (area: string) => proposal.plan.windows.filter((window) => window.areaIds.includes(area)).length;
    expect(Object.fromEntries(threeYearProgramme.auditAreas.map((area) => [area.id, windowsOf(area.id)]))).toEqual({ 'isms-office': 3, people: 2, 'data-centre': 3, 'it-operations': 2, 'dev-supplier': 1 });
    expect(proposal.coverage.clauses.map((clause) => clause.id)).toEqual(ISO27001_2022_CLAUSES.map((clause) => clause.id));
    expect(proposal.coverage.controls.map((control) => control.id)).toEqual(ISO27001_2022_ANNEX_A.map((control) => control.id).filter((control) => !EXCLUDED.includes(control)));
    expect([...proposal.coverage.clauses, ...proposal.coverage.controls].filter((item) => item.windowIds.length === 0)).toEqual([]);
    expect(proposal.plan.uncovered).toEqual({ clauses: [], controls: [] });
  });
});
