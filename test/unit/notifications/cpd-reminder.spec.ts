import { renderNotification } from '@auditflow/activities/notifications';
import { intentsByKind, PUBLIC_URL, rowFor } from './fixtures';

describe('the CPD reminder mail', () => {
  const row = rowFor(intentsByKind().get('cpd-reminder')!);

  it('gives the hours recorded, expected by now and the target, and links to the auditor profile', () => {
    const mail = renderNotification(row, { publicUrl: PUBLIC_URL });
    expect(mail.subject).toBe('Continual professional development: 12.5 of 36.49 hours expected by now');
    expect(mail.text).toContain('Hello Arun <Auditor>,');
    expect(mail.text).toContain('behind the target of 40 hours pro rata: 12.5 hours recorded, 36.49 expected by now');
    expect(mail.text).toContain(`${PUBLIC_URL}/auditors`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/auditors"`);
    expect(mail.html).toContain('Arun &lt;Auditor&gt;');
    expect(mail.html).not.toContain('<Auditor>');
  });
});
