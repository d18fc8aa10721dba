import { TemplateSource } from './types';

/** To the assignee when a task is opened for them or handed over to them. */
export const taskAssigned: TemplateSource = {
  subject: 'New task: {{taskTitle}} ({{auditTitle}})',
  text: `Hello,

You have a new task in the audit "{{auditTitle}}".

Task: {{taskTitle}}
Due:  {{dateTime dueAt}}

Please complete it by the due date. If you cannot, ask for an extension on the task page before it falls due.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">You have a new task in the audit <strong>{{auditTitle}}</strong>.</p>
{{#> facts}}
{{> fact label="Task" value=taskTitle}}
{{> fact label="Due" value=(dateTime dueAt)}}
{{/facts}}
<p style="margin:16px 0 0;">Please complete it by the due date. If you cannot, ask for an extension on the task page before it falls due.</p>
{{/layout}}`,
};
