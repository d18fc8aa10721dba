import { actingRole, Rejection } from '@auditflow/domain';

function refusal(call: () => unknown): { kind: string; field?: string; message: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof Rejection) return { kind: error.kind, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the role a person acts in', () => {
  it('is the only role they hold that may take the step', () => {
    expect(actingRole(['auditee-representative'], ['auditee-representative'], undefined, 'acknowledgeContact')).toBe('auditee-representative');
    expect(actingRole(['team-leader', 'compliance-lead'], ['team-leader', 'programme-manager'], undefined, 'decideExtension')).toBe('team-leader');
  });

  it('is the named role when they hold it, even if the step will refuse it later', () => {
    expect(actingRole(['auditor', 'technical-expert'], ['auditor'], 'technical-expert', 'recordEvidence')).toBe('technical-expert');
  });

  it('is refused with 403 when they hold no role that may take the step, naming who may', () => {
    const refused = refusal(() => actingRole(['auditee-manager'], ['team-leader'], undefined, 'decideFeasibility'));
    expect(refused).toMatchObject({ kind: 'forbidden' });
    expect(refused.message).toBe('you are auditee manager; decideFeasibility is taken by: team leader');
    expect(refusal(() => actingRole([], ['team-leader'], undefined, 'decideFeasibility')).message).toContain('you hold no role in this audit');
  });

  it('is refused with 403 when the named role is not theirs, and 400 naming the header when it is no role at all', () => {
    expect(refusal(() => actingRole(['auditor'], ['team-leader'], 'team-leader', 'decideFeasibility'))).toMatchObject({ kind: 'forbidden', message: 'you are not the team leader of this audit' });
    expect(refusal(() => actingRole(['auditor'], ['auditor'], 'boss', 'recordEvidence'))).toMatchObject({ kind: 'malformed', field: 'header.x-audit-role' });
  });

  it('must be named when several roles they hold may take the step', () => {
    const refused = refusal(() => actingRole(['team-leader', 'programme-manager'], ['team-leader', 'programme-manager'], undefined, 'decideExtension'));
    expect(refused).toMatchObject({ kind: 'malformed', field: 'header.x-audit-role' });
    expect(refused.message).toContain('team-leader, programme-manager');
  });
});
