import { TemplateSource } from './types';

/** To the auditee (cc programme manager) at once when an auditor finds an immediate and significant risk. */
export const urgentRisk: TemplateSource = {
  subject: 'Urgent: significant risk found in the audit {{auditTitle}}',
  text: `Hello,

During the audit "{{auditTitle}}", {{reportedBy}} found a risk that is immediate and significant. It is reported to you now, without waiting for the audit report, so that you can act on it.

Risk: {{description}}

Please decide on immediate action and let the audit team know what you have done.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">During the audit <strong>{{auditTitle}}</strong>, {{reportedBy}} found a risk that is immediate and significant. It is reported to you now, without waiting for the audit report, so that you can act on it.</p>
<p style="margin:0 0 12px;padding:12px 16px;background:#fef2f2;border-left:4px solid #b91c1c;white-space:pre-line;">{{description}}</p>
<p style="margin:16px 0 0;">Please decide on immediate action and let the audit team know what you have done.</p>
{{/layout}}`,
};
