import { TemplateSource } from './types';

/** To the auditee and the audit client (programme manager) at once when the team changes the audit's scope (6.4.4). */
export const scopeChanged: TemplateSource = {
  subject: 'Audit scope changed: {{auditTitle}}',
  text: `Hello,

The audit team changed the scope of the audit "{{auditTitle}}" during fieldwork.

Reason:    {{reason}}
Units:     {{units}}
Processes: {{processes}}
Sites:     {{sites}}

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">The audit team changed the scope of the audit <strong>{{auditTitle}}</strong> during fieldwork.</p>
{{#> facts}}
{{> fact label="Reason" value=reason}}
{{> fact label="Units" value=units}}
{{> fact label="Processes" value=processes}}
{{> fact label="Sites" value=sites}}
{{/facts}}
{{/layout}}`,
};
