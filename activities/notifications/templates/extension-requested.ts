import { TemplateSource } from './types';

/** To the person who decides: the assignee asks for a later due date. The link opens the decision task. */
export const extensionRequested: TemplateSource = {
  subject: 'Extension requested: {{taskTitle}} ({{auditTitle}})',
  text: `Hello,

{{assignee}} asks for more time on a task in the audit "{{auditTitle}}".

Task:          {{taskTitle}}
Currently due: {{dateTime dueAt}}
Asked for:     {{dateTime requestedDueAt}}
Reason:        {{reason}}

Please approve or refuse the request on the decision task.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">{{assignee}} asks for more time on a task in the audit <strong>{{auditTitle}}</strong>.</p>
{{#> facts}}
{{> fact label="Task" value=taskTitle}}
{{> fact label="Currently due" value=(dateTime dueAt)}}
{{> fact label="Asked for" value=(dateTime requestedDueAt)}}
{{> fact label="Reason" value=reason}}
{{/facts}}
<p style="margin:16px 0 0;">Please approve or refuse the request on the decision task.</p>
{{/layout}}`,
};
