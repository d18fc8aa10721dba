/**
 * The Handlebars sources of one notification kind. Kept as TypeScript strings rather than .hbs files because tsc
 * copies only .ts into dist. `subject` and `text` are rendered without HTML escaping; `html` is auto-escaped and
 * wrapped in the shared layout with `{{#> layout}}`.
 *
 * Every template sees the intent's data plus: auditId, auditTitle (may be absent only for overdue-digest), taskId,
 * link, linkLabel and, in html, subject.
 */
export interface TemplateSource {
  subject: string;
  text: string;
  html: string;
}
