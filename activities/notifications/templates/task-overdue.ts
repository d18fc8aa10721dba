import { TemplateSource } from './types';

/** First rung of the escalation ladder: the due date has passed. Recipients come from the ladder's first rung. */
export const taskOverdue: TemplateSource = {
  subject: 'Overdue: {{taskTitle}} ({{auditTitle}})',
  text: `Hello,

A task in the audit "{{auditTitle}}" has passed its due date and is not done yet.

Task:             {{taskTitle}}
Assigned to:      {{assignee}}
Was due:          {{dateTime dueAt}}
Escalation level: {{level}}

You receive this as the person responsible for the task at this escalation level. Please complete it now, or agree a new due date through an extension request on the task page.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">A task in the audit <strong>{{auditTitle}}</strong> has passed its due date and is not done yet.</p>
{{#> facts}}
{{> fact label="Task" value=taskTitle}}
{{> fact label="Assigned to" value=assignee}}
{{> fact label="Was due" value=(dateTime dueAt)}}
{{> fact label="Escalation level" value=level}}
{{/facts}}
<p style="margin:16px 0 0;">You receive this as the person responsible for the task at this escalation level. Please complete it now, or agree a new due date through an extension request on the task page.</p>
{{/layout}}`,
};
