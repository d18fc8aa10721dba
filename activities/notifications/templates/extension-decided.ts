import { TemplateSource } from './types';

/** To the assignee: their extension request was approved or refused; `dueAt` is the due date that now applies. */
export const extensionDecided: TemplateSource = {
  subject: 'Extension {{#when approved}}approved{{else}}refused{{/when}}: {{taskTitle}} ({{auditTitle}})',
  text: `Hello,

Your request for more time on a task in the audit "{{auditTitle}}" was {{#when approved}}approved{{else}}refused{{/when}}.

Task: {{taskTitle}}
Due:  {{dateTime dueAt}}
{{#if note}}
Note: {{note}}
{{/if}}

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">Your request for more time on a task in the audit <strong>{{auditTitle}}</strong> was <strong>{{#when approved}}approved{{else}}refused{{/when}}</strong>.</p>
{{#> facts}}
{{> fact label="Task" value=taskTitle}}
{{> fact label="Due" value=(dateTime dueAt)}}
{{#if note}}
{{> fact label="Note" value=note}}
{{/if}}
{{/facts}}
{{/layout}}`,
};
