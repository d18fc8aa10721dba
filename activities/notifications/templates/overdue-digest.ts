import { TemplateSource } from './types';

/** The daily list of overdue tasks for a compliance lead; data is an OverdueDigestData (see ../digest.ts). */
export const overdueDigest: TemplateSource = {
  subject: 'Overdue tasks: {{count items "task"}} past due',
  text: `Hello {{lead}},

These tasks in your audits are past their due date:
{{#each items}}

- {{taskTitle}}
  Audit:            {{auditTitle}}
  Assigned to:      {{assignee}}
  Was due:          {{dateTime dueAt}}
  Escalation level: {{escalationLevel}}
  {{link}}
{{/each}}

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">Hello {{lead}}, these tasks in your audits are past their due date:</p>
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse;font-size:14px;line-height:1.4;">
<tr><th align="left" style="padding:6px 8px 6px 0;border-bottom:1px solid #e5e7eb;">Task</th><th align="left" style="padding:6px 8px;border-bottom:1px solid #e5e7eb;">Assigned to</th><th align="left" style="padding:6px 8px;border-bottom:1px solid #e5e7eb;">Was due</th><th align="left" style="padding:6px 0 6px 8px;border-bottom:1px solid #e5e7eb;">Level</th></tr>
{{#each items}}
<tr><td valign="top" style="padding:6px 8px 6px 0;border-bottom:1px solid #f3f4f6;"><a href="{{link}}" style="color:#1d4ed8;">{{taskTitle}}</a><br><span style="color:#6b7280;">{{auditTitle}}</span></td><td valign="top" style="padding:6px 8px;border-bottom:1px solid #f3f4f6;">{{assignee}}</td><td valign="top" style="padding:6px 8px;border-bottom:1px solid #f3f4f6;">{{readableUtc dueAt}}</td><td valign="top" style="padding:6px 0 6px 8px;border-bottom:1px solid #f3f4f6;">{{escalationLevel}}</td></tr>
{{/each}}
</table>
{{/layout}}`,
};
