import { AuditSettings, DEFAULT_AUDIT_SETTINGS } from '@auditflow/domain';
import { act, auditWithApprovedReport, refuse } from './support/audit-driver';
import { as, expectRejection, P } from './support/fixtures';

const BOARD = 'board@auditflow.example';
const REGULATOR = 'inspector@regulator.example';

describe('report recipients (6.5)', () => {
  it('are the audit’s people and the programme’s distribution list without asking', async () => {
    const audit = await auditWithApprovedReport({ nonconformity: false }, { ...DEFAULT_AUDIT_SETTINGS, reportDistributionList: [BOARD] });
    await act(audit, 'issueReport', as.lead, { recipients: [P.auditeeManager.email, P.complianceLead.email, P.auditor.email, BOARD] });
    expect(audit.state.reports.at(-1)!.issue!.recipients).toContain(BOARD);
  });

  it('anyone else only once the audit client approved them, with a reason', async () => {
    const audit = await auditWithApprovedReport({ nonconformity: false });
    expectRejection(refuse(audit, 'issueReport', as.lead, { recipients: [P.auditeeManager.email, REGULATOR] }), 'invalid', 'approveReportRecipients', 'recipients.1');
    expectRejection(refuse(audit, 'approveReportRecipients', as.lead, { recipients: [REGULATOR], reason: 'x' }), 'forbidden');

    const events = await act(audit, 'approveReportRecipients', as.pm, { recipients: [REGULATOR], reason: 'Supervisory request under the banking licence' });
    expect(events.find((event) => event.type === 'report.recipients-approved')?.summary).toContain('banking licence');
    await act(audit, 'issueReport', as.lead, { recipients: [P.auditeeManager.email, REGULATOR] });
    expect(audit.state.phase).toBe('completing');
  });

  it('are not restricted in audits launched before the rule', async () => {
    const { reportRecipientsRestricted: _rule, ...before }: AuditSettings = DEFAULT_AUDIT_SETTINGS;
    const audit = await auditWithApprovedReport({ nonconformity: false }, before);
    await act(audit, 'issueReport', as.lead, { recipients: [REGULATOR] });
    expect(audit.state.phase).toBe('completing');
  });
});
