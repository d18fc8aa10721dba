import { TemplateSource } from './types';

/** To the assignee at each reminder lead time before the due date (`leadTime` is an ISO 8601 duration). */
export const taskReminder: TemplateSource = {
  subject: 'Reminder: {{taskTitle}} is due {{readableUtc dueAt}}',
  text: `Hello,

A reminder: your task in the audit "{{auditTitle}}" is due in about {{duration leadTime}}.

Task: {{taskTitle}}
Due:  {{dateTime dueAt}}

If it is already done, mark it complete on the task page. If you need more time, ask for an extension there before it falls due.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">A reminder: your task in the audit <strong>{{auditTitle}}</strong> is due in about {{duration leadTime}}.</p>
{{#> facts}}
{{> fact label="Task" value=taskTitle}}
{{> fact label="Due" value=(dateTime dueAt)}}
{{/facts}}
<p style="margin:16px 0 0;">If it is already done, mark it complete on the task page. If you need more time, ask for an extension there before it falls due.</p>
{{/layout}}`,
};
