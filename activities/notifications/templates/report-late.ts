import { TemplateSource } from './types';

/** To the auditee representative and programme manager when the report is issued after its due date. */
export const reportLate: TemplateSource = {
  subject: 'Audit report issued late: {{auditTitle}}',
  text: `Hello,

The report of the audit "{{auditTitle}}" has been issued after its due date.

Was due: {{dateTime dueAt}}
Reason:  {{reason}}

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">The report of the audit <strong>{{auditTitle}}</strong> has been issued after its due date.</p>
{{#> facts}}
{{> fact label="Was due" value=(dateTime dueAt)}}
{{> fact label="Reason" value=reason}}
{{/facts}}
{{/layout}}`,
};
