/**
 * The Handlebars sources of one notification kind. Kept as TypeScript strings rather than .hbs files because tsc
 * copies only .ts into dist. `subject` and `text` are rendered without HTML escaping; `html` is auto-escaped and
 * wrapped in the shared layout with `{{#> layout}}`.
 *
 * Every template sees the intent's data plus: auditId, auditTitle (may be absent only for overdue-digest), taskId,
 * link, linkLabel and, in html, subject. Templates compile in strict mode, so naming a field the data lacks throws;
 * test optional fields with `{{#if}}`, and flags that must be present with `{{#when}}`.
 */
export interface TemplateSource {
  subject: string;
  text: string;
  html: string;
}
