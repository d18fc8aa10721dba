import { TemplateSource } from './types';

/** To an auditor behind their CPD target pro rata (ISO 19011 7.6), at most once per CPD_REMINDER_EVERY. */
export const cpdReminder: TemplateSource = {
  subject: 'Continual professional development: {{hoursThisYear}} of {{expectedByNow}} hours expected by now',
  text: `Hello {{auditor}},

Your continual professional development this year ({{year}}) is behind the target of {{targetHours}} hours pro rata: {{hoursThisYear}} hours recorded, {{expectedByNow}} expected by now.

Record the training, courses or other development you have done, with its evidence, on your auditor profile: {{profileLink}}

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">Hello {{auditor}}, your continual professional development this year is behind the target pro rata.</p>
{{#> facts}}
{{> fact label="Year" value=year}}
{{> fact label="Hours recorded" value=hoursThisYear}}
{{> fact label="Expected by now" value=expectedByNow}}
{{> fact label="Yearly target" value=targetHours}}
{{/facts}}
<p style="margin:16px 0 0;">Record the training, courses or other development you have done, with its evidence, on your auditor profile: <a href="{{profileLink}}">{{profileLink}}</a></p>
{{/layout}}`,
};
