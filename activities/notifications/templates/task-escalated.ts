import { TemplateSource } from './types';

/** Later rungs of the escalation ladder: the task is still overdue and now reaches the next people up. */
export const taskEscalated: TemplateSource = {
  subject: 'Escalation level {{level}}: {{taskTitle}} is overdue ({{auditTitle}})',
  text: `Hello,

An overdue task in the audit "{{auditTitle}}" has been escalated to level {{level}} and needs your attention.

Task:             {{taskTitle}}
Assigned to:      {{assignee}}
Was due:          {{dateTime dueAt}}
Escalation level: {{level}}

You receive this because you are responsible at this escalation level. Please make sure the task is completed, reassigned, or given a new due date.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">An overdue task in the audit <strong>{{auditTitle}}</strong> has been escalated to level {{level}} and needs your attention.</p>
{{#> facts}}
{{> fact label="Task" value=taskTitle}}
{{> fact label="Assigned to" value=assignee}}
{{> fact label="Was due" value=(dateTime dueAt)}}
{{> fact label="Escalation level" value=level}}
{{/facts}}
<p style="margin:16px 0 0;">You receive this because you are responsible at this escalation level. Please make sure the task is completed, reassigned, or given a new due date.</p>
{{/layout}}`,
};
