import { TemplateSource } from './types';

/** Carries the calendar CANCEL for a meeting that was called off. */
export const meetingCancellation: TemplateSource = {
  subject: 'Cancelled: {{meetingTitle}}',
  text: `Hello,

The meeting below of the audit "{{auditTitle}}" has been cancelled.

Meeting: {{meetingTitle}}
Was:     {{slot startsAt endsAt timeZone}}
Where:   {{location}}
Reason:  {{reason}}

The attached calendar cancellation removes it from your calendar.

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">The meeting below of the audit <strong>{{auditTitle}}</strong> has been cancelled.</p>
{{#> facts}}
{{> fact label="Meeting" value=meetingTitle}}
{{> fact label="Was" value=(slot startsAt endsAt timeZone)}}
{{> fact label="Where" value=location}}
{{> fact label="Reason" value=reason}}
{{/facts}}
<p style="margin:16px 0 0;">The attached calendar cancellation removes it from your calendar.</p>
{{/layout}}`,
};
