import { TemplateSource } from './types';

/** To the auditee representative and programme manager the moment the report's due date passes unissued (6.5). */
export const reportOverdue: TemplateSource = {
  subject: 'Audit report overdue: {{auditTitle}}',
  text: `Hello,

The report of the audit "{{auditTitle}}" was due {{dateTime dueAt}} and has not been issued yet. The team leader, {{teamLeader}}, has been reminded; you will receive the report when it is issued, with the reason for the delay.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">The report of the audit <strong>{{auditTitle}}</strong> has not been issued by its due date.</p>
{{#> facts}}
{{> fact label="Was due" value=(dateTime dueAt)}}
{{> fact label="Team leader" value=teamLeader}}
{{/facts}}
<p style="margin:16px 0 0;">You will receive the report when it is issued, with the reason for the delay.</p>
{{/layout}}`,
};
