import { TemplateSource } from './types';

/** To the programme manager at each reminder lead time before a programme task is due. */
export const programmeTaskReminder: TemplateSource = {
  subject: 'Reminder: {{taskTitle}} is due {{readableUtc dueAt}}',
  text: `Hello,

A reminder: your task in the audit programme "{{programmeName}}" is due in about {{duration leadTime}}.

Task: {{taskTitle}}
Due:  {{dateTime dueAt}}

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">A reminder: your task in the audit programme <strong>{{programmeName}}</strong> is due in about {{duration leadTime}}.</p>
{{#> facts}}
{{> fact label="Task" value=taskTitle}}
{{> fact label="Due" value=(dateTime dueAt)}}
{{/facts}}
{{/layout}}`,
};
