import { TemplateSource } from './types';

/** To the report's recipients when the approved report is issued. */
export const reportDistributed: TemplateSource = {
  subject: 'Audit report issued: {{auditTitle}} (version {{version}})',
  text: `Hello,

The report of the audit "{{auditTitle}}" has been issued to you (version {{version}}).

Summary:
{{summary}}

The full report, with its findings and conclusions, is in Auditflow.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">The report of the audit <strong>{{auditTitle}}</strong> has been issued to you (version {{version}}).</p>
<p style="margin:0 0 4px;font-weight:600;">Summary</p>
<p style="margin:0 0 12px;white-space:pre-line;">{{summary}}</p>
<p style="margin:16px 0 0;">The full report, with its findings and conclusions, is in Auditflow.</p>
{{/layout}}`,
};
