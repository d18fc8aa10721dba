import { TemplateSource } from './types';

/** To the programme manager when the programme's workflow opens a task: a launch, a coverage gap, a review. */
export const programmeTaskAssigned: TemplateSource = {
  subject: 'New programme task: {{taskTitle}} ({{programmeName}})',
  text: `Hello,

You have a new task in the audit programme "{{programmeName}}".

Task: {{taskTitle}}
Due:  {{dateTime dueAt}}

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">You have a new task in the audit programme <strong>{{programmeName}}</strong>.</p>
{{#> facts}}
{{> fact label="Task" value=taskTitle}}
{{> fact label="Due" value=(dateTime dueAt)}}
{{/facts}}
{{/layout}}`,
};
