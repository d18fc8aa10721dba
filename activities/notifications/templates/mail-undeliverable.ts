import { TemplateSource } from './types';

/** To the programme manager when a mail of their audit could not be delivered, so they reach the people another way. */
export const mailUndeliverable: TemplateSource = {
  subject: 'Mail not delivered: {{subject}}',
  text: `Hello,

A mail about the audit "{{auditTitle}}" could not be delivered, and will not be retried.

Subject: {{subject}}
To: {{recipients}}
Reason: {{reason}}

Please reach them another way, or correct the address in the audit.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">A mail about the audit <strong>{{auditTitle}}</strong> could not be delivered, and will not be retried.</p>
{{#> facts}}
{{> fact label="Subject" value=subject}}
{{> fact label="To" value=recipients}}
{{> fact label="Reason" value=reason}}
{{/facts}}
<p style="margin:16px 0 0;">Please reach them another way, or correct the address in the audit.</p>
{{/layout}}`,
};
