import { TemplateSource } from './types';

/** Carries the calendar REQUEST; a sequence above 0 means the meeting moved and this replaces the earlier invite. */
export const meetingInvitation: TemplateSource = {
  subject: '{{#when sequence}}Updated invitation{{else}}Invitation{{/when}}: {{meetingTitle}}',
  text: `Hello,

{{#when sequence}}
The meeting below of the audit "{{auditTitle}}" has changed. This invitation replaces the earlier one.
{{else}}
You are invited to a meeting of the audit "{{auditTitle}}".
{{/when}}

Meeting: {{meetingTitle}}
When:    {{slot startsAt endsAt timeZone}}
Where:   {{location}}

The calendar invitation is attached: accept or decline it in your calendar so the organiser knows who is coming.

{{> textFooter}}`,
  html: `{{#> layout}}
{{#when sequence}}
<p style="margin:0 0 12px;">The meeting below of the audit <strong>{{auditTitle}}</strong> has changed. This invitation replaces the earlier one.</p>
{{else}}
<p style="margin:0 0 12px;">You are invited to a meeting of the audit <strong>{{auditTitle}}</strong>.</p>
{{/when}}
{{#> facts}}
{{> fact label="Meeting" value=meetingTitle}}
{{> fact label="When" value=(slot startsAt endsAt timeZone)}}
{{> fact label="Where" value=location}}
{{/facts}}
<p style="margin:16px 0 0;">The calendar invitation is attached: accept or decline it in your calendar so the organiser knows who is coming.</p>
{{/layout}}`,
};
