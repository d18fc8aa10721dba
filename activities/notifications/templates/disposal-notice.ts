import { TemplateSource } from './types';

/** To the compliance lead, DISPOSAL_NOTICE before an audit's records of one class are disposed of (6.6). */
export const disposalNotice: TemplateSource = {
  subject: 'Records to be disposed of: {{auditTitle}}',
  text: `Hello,

The {{recordClass}} of the audit "{{auditTitle}}" ({{files}} file(s)) reach the end of their retention period and will be disposed of on {{dateTime disposeAt}}. Only their hashes and the record of the disposal will remain.

To keep them longer, extend their retention with a reason, or set a legal hold on the audit: {{link}}

{{> textFooter}}`,
  html: `{{#> layout}}
<p style="margin:0 0 12px;">The <strong>{{recordClass}}</strong> of the audit <strong>{{auditTitle}}</strong> reach the end of their retention period.</p>
{{#> facts}}
{{> fact label="Disposed of on" value=(dateTime disposeAt)}}
{{> fact label="Files" value=files}}
{{/facts}}
<p style="margin:16px 0 0;">Only their hashes and the record of the disposal will remain. To keep them longer, extend their retention with a reason, or set a legal hold on the audit: <a href="{{link}}">{{link}}</a></p>
{{/layout}}`,
};
