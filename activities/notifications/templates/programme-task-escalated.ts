import { TemplateSource } from './types';

/**
 * Each rung of the audit ladder for a programme task: a launch not decided by the time its window closes (the window
 * is missed), a coverage gap or review left undecided.
 */
export const programmeTaskEscalated: TemplateSource = {
  subject: 'Overdue (level {{level}}): {{taskTitle}} ({{programmeName}})',
  text: `Hello,

A task in the audit programme "{{programmeName}}" is overdue and has reached escalation level {{level}}.

Task:             {{taskTitle}}
Assigned to:      {{assignee}}
Was due:          {{dateTime dueAt}}
Escalation level: {{level}}

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">A task in the audit programme <strong>{{programmeName}}</strong> is overdue and has reached escalation level {{level}}.</p>
{{#> facts}}
{{> fact label="Task" value=taskTitle}}
{{> fact label="Assigned to" value=assignee}}
{{> fact label="Was due" value=(dateTime dueAt)}}
{{> fact label="Escalation level" value=level}}
{{/facts}}
{{/layout}}`,
};
