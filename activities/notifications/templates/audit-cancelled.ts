import { TemplateSource } from './types';

/** To the auditee representative, programme manager and team when the audit is called off. */
export const auditCancelled: TemplateSource = {
  subject: 'Audit cancelled: {{auditTitle}}',
  text: `Hello,

The audit "{{auditTitle}}" has been cancelled.

Reason: {{reason}}

Its open tasks and meetings are called off; you do not need to do anything more for this audit.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">The audit <strong>{{auditTitle}}</strong> has been cancelled.</p>
{{#> facts}}
{{> fact label="Reason" value=reason}}
{{/facts}}
<p style="margin:16px 0 0;">Its open tasks and meetings are called off; you do not need to do anything more for this audit.</p>
{{/layout}}`,
};
