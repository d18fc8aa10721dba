import { safeReturnTo } from '@auditflow/domain';
import { identityFromClaims } from '@auditflow/api';
import { loadConfig } from '@auditflow/config';

describe('the person an identity provider describes', () => {
  const config = loadConfig({ OIDC_ROLE_MAP: 'Auditflow.Admin=admin, ISMS-Auditors=auditor' });

  it('reads the address, name and roles, lower-casing the address and dropping unknown roles', () => {
    expect(identityFromClaims({ email: 'Pat@Example.ORG', name: 'Pat', auditflow_roles: ['programme-manager', 'superuser'] }, config)).toEqual({
      email: 'pat@example.org',
      name: 'Pat',
      unit: undefined,
      roles: ['programme-manager'],
    });
  });

  it('maps provider values with OIDC_ROLE_MAP and reads space- or comma-separated strings', () => {
    expect(identityFromClaims({ email: 'a@x.org', auditflow_roles: 'Auditflow.Admin, ISMS-Auditors' }, config)?.roles).toEqual(['admin', 'auditor']);
  });

  it('falls back to preferred_username or upn for the address (Entra), and leaves roles undefined without the claim', () => {
    expect(identityFromClaims({ preferred_username: 'sam@corp.example' }, config)).toMatchObject({ email: 'sam@corp.example', name: 'sam@corp.example', roles: undefined });
    expect(identityFromClaims({ upn: 'kim@corp.example' }, config)?.email).toBe('kim@corp.example');
    expect(identityFromClaims({ sub: '123', preferred_username: 'not-an-address' }, config)).toBeUndefined();
  });
});

describe('where a sign-in returns to', () => {
  it('is a path of this site only', () => {
    expect(safeReturnTo('/audits/1/tasks/T-1')).toBe('/audits/1/tasks/T-1');
    for (const hostile of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', undefined, 42]) {
      expect(safeReturnTo(hostile)).toBe('/');
    }
  });
});
