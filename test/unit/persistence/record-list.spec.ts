import { RecordListSql } from '@auditflow/persistence';

describe('RecordListSql', () => {
  const findings = () => new RecordListSql('audit_findings f', 'f.audit_id').where(`f.grade = 'minor-nonconformity'`);

  it('joins the audit for the rows, and for a count only when a condition reads the audit', () => {
    expect(findings().fromSql('rows')).toBe(`FROM audit_findings f JOIN audits a ON a.id = f.audit_id WHERE f.grade = 'minor-nonconformity'`);
    expect(findings().fromSql('count')).toBe(`FROM audit_findings f WHERE f.grade = 'minor-nonconformity'`);
    expect(findings().whereAudit(`a.programme_id = 'p'`).fromSql('count')).toBe(
      `FROM audit_findings f JOIN audits a ON a.id = f.audit_id WHERE f.grade = 'minor-nonconformity' AND a.programme_id = 'p'`,
    );
  });

  it('has no WHERE without conditions', () => {
    expect(new RecordListSql('audit_tasks t', 't.audit_id').fromSql('count')).toBe('FROM audit_tasks t');
  });
});
