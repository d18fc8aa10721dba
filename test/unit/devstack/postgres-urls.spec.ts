import { redact, withDatabase } from '@auditflow/devstack';

describe('PostgreSQL URL helpers', () => {
  it('withDatabase swaps the database and keeps credentials, host, port and parameters', () => {
    expect(withDatabase('postgres://u:p@db.local:6543/postgres?sslmode=require', 'auditflow')).toBe(
      'postgres://u:p@db.local:6543/auditflow?sslmode=require',
    );
    expect(withDatabase('postgres://postgres@127.0.0.1:5432', 'auditflow_test_1')).toBe('postgres://postgres@127.0.0.1:5432/auditflow_test_1');
  });

  it('redact hides the password only', () => {
    expect(redact('postgres://u:secret@h:5432/d')).toBe('postgres://u:***@h:5432/d');
    expect(redact('postgres://postgres@h:5432/d')).toBe('postgres://postgres@h:5432/d');
  });
});
