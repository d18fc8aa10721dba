import Handlebars from 'handlebars';
import { NotificationKind } from '@auditflow/domain';
import { readableDuration, readableSlot, readableUtc, toInstant } from './format';
import { FACT_HTML, FACTS_HTML, LAYOUT_HTML, TEMPLATE_SOURCES, TEXT_FOOTER } from './templates';

export interface CompiledTemplates {
  subject: Handlebars.TemplateDelegate;
  text: Handlebars.TemplateDelegate;
  html: Handlebars.TemplateDelegate;
}

// An isolated Handlebars environment: helpers and partials registered here cannot clash with anything else in the
// process that uses the global Handlebars instance.
const engine = Handlebars.create();

// Helpers throw on missing input: strict mode checks plain `{{field}}` lookups but passes `undefined` to helpers
// silently, and a mail must never say "due Invalid Date".
engine.registerHelper('readableUtc', (value: unknown) => readableUtc(value));
engine.registerHelper('dateTime', (value: unknown) => `${readableUtc(value)} (${toInstant(value).toISOString()})`);
engine.registerHelper('slot', (startsAt: unknown, endsAt: unknown, timeZone: unknown) => readableSlot(startsAt, endsAt, timeZone));
engine.registerHelper('duration', (value: unknown) => readableDuration(value));
engine.registerHelper('count', (items: unknown, noun: unknown) => {
  if (!Array.isArray(items) || typeof noun !== 'string') throw new TypeError('count needs a list and a noun');
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
});
// `{{#when flag}}` is `{{#if flag}}` for flags that must be present: a missing `approved` must not read as "refused".
engine.registerHelper('when', function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
  if (value === undefined || value === null) throw new TypeError('a flag tested with #when is missing');
  return value ? options.fn(this) : options.inverse(this);
});
engine.registerPartial('layout', LAYOUT_HTML);
engine.registerPartial('facts', FACTS_HTML);
engine.registerPartial('fact', FACT_HTML);
engine.registerPartial('textFooter', TEXT_FOOTER);

// strict: a template naming a field the data lacks throws instead of printing an empty string.
const PLAIN: CompileOptions = { strict: true, noEscape: true };
const HTML: CompileOptions = { strict: true };

const cache = new Map<NotificationKind, CompiledTemplates>();

/** The kind's templates, compiled on first use and cached for the life of the process. */
export function templatesFor(kind: NotificationKind): CompiledTemplates {
  let compiled = cache.get(kind);
  if (!compiled) {
    const source = TEMPLATE_SOURCES[kind];
    if (!source) throw new Error(`no mail template for notification kind "${kind}"`);
    compiled = {
      subject: engine.compile(source.subject, PLAIN),
      text: engine.compile(source.text, PLAIN),
      html: engine.compile(source.html, HTML),
    };
    cache.set(kind, compiled);
  }
  return compiled;
}
