// The team proposal through the HTTP API on the real stack: the programme manager seeds the pool, asks for a team
// for an audit, and launches with it; the same team minus a member leaves a competence gap the launch refuses.
import { randomUUID } from 'node:crypto';
import { ISMS_COMPETENCE_AREAS } from '@auditflow/domain';
import { SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';

interface ProposedAuditor { email: string; name: string; unit: string | null; competences: string[]; workload: number }
interface Proposal {
  leader: ProposedAuditor | null;
  members: ProposedAuditor[];
  covered: string[];
  missing: string[];
  excluded: { email: string; reason: string; detail: string }[];
  workloadAfter: Record<string, number>;
}

describe('team proposal: POST /auditors/team-proposal', () => {
  const stack = useFullStack();
  // Other test files share the database and the pool: everything this file adds has names of its own.
  const tag = randomUUID().slice(0, 8);
  const pm = P.programmeManager.email;

  it('proposes an independent team with a qualified leader covering every area, and the launch takes it but not with a gap', async () => {
    const auditeeUnit = `Payments ${tag}`;
    const process = `Card tokenisation ${tag}`;
    const ownUnit = { email: `own-unit-${tag}@auditflow.example`, name: 'Pam Payments', unit: auditeeUnit, competences: ['it-in-business'], teamLeaderQualified: true };
    const ownWork = { email: `own-work-${tag}@auditflow.example`, name: 'Tom Tokens', unit: 'Platform', competences: ['it-in-business'], teamLeaderQualified: true, ownWork: [{ subject: process, from: '2025-03-01' }] };
    for (const auditor of [ownUnit, ownWork]) expect((await stack.client.request('POST', '/auditors', pm, auditor)).status).toBe(201);

    const programme = await stack.client.post<{ id: string }>('/programmes', pm, sampleProgramme());
    await stack.client.post(`/programmes/${programme.id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
    const sample = sampleLaunch(programme.id);
    const launch = { ...sample, auditee: { ...sample.auditee, unit: auditeeUnit }, scope: { ...sample.scope, units: [auditeeUnit], processes: [process] } };

    // The launch's own body asks for the proposal: the fields a proposal does not need are ignored.
    const answer = await stack.client.request<Proposal>('POST', '/auditors/team-proposal', pm, launch);
    expect(answer.status).toBe(200);
    const proposal = answer.body;
    expect(proposal.missing).toEqual([]);
    expect(proposal.covered).toEqual([...ISMS_COMPETENCE_AREAS]);
    expect(proposal.excluded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: ownUnit.email, reason: 'own-unit' }),
        expect.objectContaining({ email: ownWork.email, reason: 'own-work', detail: expect.stringContaining(process) }),
      ]),
    );
    const team = [proposal.leader!, ...proposal.members];
    expect(team.map((member) => member.email)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^own-(unit|work)-/)]));
    const pool = (await stack.client.get<{ email: string; teamLeaderQualified: boolean }[]>('/auditors', pm)).body.filter((auditor) => auditor.email === proposal.leader!.email);
    expect(pool).toEqual([expect.objectContaining({ teamLeaderQualified: true })]);
    for (const member of team) expect(proposal.workloadAfter[member.email]).toBe(member.workload + 1);

    // Without a member whose area nobody else on the team covers, the launch has a gap and no justification: refused.
    const sole = proposal.members.find((member) => member.competences.some((area) => ISMS_COMPETENCE_AREAS.includes(area as never) && !team.some((other) => other !== member && other.competences.includes(area))));
    expect(sole).toBeDefined();
    const asTeam = (members: ProposedAuditor[]) => members.map((member) => ({ email: member.email, name: member.name, role: member === proposal.leader ? ('team-leader' as const) : ('auditor' as const) }));
    const withGap = await stack.client.request<{ message: string; violations?: { field: string }[]; field?: string }>('POST', '/audits', pm, { ...launch, team: asTeam(team.filter((member) => member !== sole)) });
    expect(withGap.status).toBe(422);
    expect(withGap.body.violations?.[0]?.field ?? withGap.body.field).toBe('gapJustification.missingCompetence');

    const launched = await stack.client.request<{ id: string; teamCheck: { missing: string[]; independenceConflicts: string[]; leaderQualified: boolean } }>('POST', '/audits', pm, { ...launch, team: asTeam(team) });
    expect(launched.status).toBe(201);
    expect(launched.body.teamCheck).toMatchObject({ missing: [], independenceConflicts: [], leaderQualified: true });

    // The launched audit now counts in its members' workload in the window.
    const next = await stack.client.post<Proposal>('/auditors/team-proposal', pm, { ...launch, teamSize: 2 });
    const nextTeam = [next.leader, ...next.members].filter((member): member is ProposedAuditor => !!member);
    expect(nextTeam.length).toBeLessThanOrEqual(2);
    for (const member of team) expect(next.workloadAfter[member.email] - (nextTeam.some((chosen) => chosen.email === member.email) ? 1 : 0)).toBeGreaterThanOrEqual(1);
  });

  it('refuses a window that ends before it starts, naming the field', async () => {
    const sample = sampleLaunch(randomUUID());
    const answer = await stack.client.request<{ violations: { field: string }[] }>('POST', '/auditors/team-proposal', pm, { ...sample, plannedEnd: sample.plannedStart.replace(/^(\d{4})/, (year) => String(Number(year) - 1)) });
    expect(answer.status).toBe(400);
    expect(answer.body.violations[0].field).toBe('plannedEnd');
  });
});
