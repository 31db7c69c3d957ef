import { TEMPLATE_VARIABLES } from '../schemas/admin';
import type { Channel } from '../schemas/links';
import { deriveHtmlFromText } from './deriveHtmlFromText';
import { escapeHtml } from '../format/toHtml';
import type { TemplateValues } from './fillTemplate';
import { fillTemplate } from './fillTemplate';
import { fitSmsText } from './fitSmsText';
import type { TemplateVariable } from './templatePlaceholders';

/** A stored template, or any part of one; `channel` defaults to `'email'`. */
export interface TemplateSource {
  channel?: Channel;
  subject?: string;
  text: string;
  /** Email only; empty or absent means derived from `text`. */
  html?: string;
}

/** The value of every template variable; `link` must be an absolute http(s) URL. */
export type TemplateVars = Readonly<Record<TemplateVariable, string | number>>;

/** What the senders get: for SMS only `text` is set (`subject` and `html` are empty). */
export interface RenderedTemplate {
  subject: string;
  text: string;
  html: string;
}

/**
 * Fills a template's `{{variables}}`. The text part gets the values as they are; every value in
 * the HTML part is HTML-escaped (the link included, so it is safe in a quoted `href`); an empty
 * HTML part is derived from the text. SMS text is kept within `SMS_MAX_LENGTH` (see `fitSmsText`).
 * Throws a TypeError when `link` is not an absolute http(s) URL.
 */
export function renderTemplate(template: TemplateSource, vars: TemplateVars): RenderedTemplate {
  const values = templateValues(vars);
  if (template.channel === 'sms') return { subject: '', text: fitSmsText(template.text, values), html: '' };
  const subject = fillTemplate(template.subject ?? '', (name) => values[name])
    .replace(/[\r\n]+/g, ' ')
    .trim();
  const text = fillTemplate(template.text, (name) => values[name]);
  const html =
    template.html !== undefined && template.html.trim() !== ''
      ? fillTemplate(template.html, (name) => escapeHtml(values[name]))
      : deriveHtmlFromText(template.text, values, { title: subject });
  return { subject, text, html };
}

function templateValues(vars: TemplateVars): TemplateValues {
  const values = {} as Record<TemplateVariable, string>;
  for (const name of TEMPLATE_VARIABLES) values[name] = String(vars[name]);
  assertHttpUrl(values.link);
  return values;
}

function assertHttpUrl(link: string): void {
  let protocol: string | undefined;
  try {
    protocol = new URL(link).protocol;
  } catch {
    protocol = undefined;
  }
  if ((protocol !== 'https:' && protocol !== 'http:') || /\s/.test(link)) {
    throw new TypeError(`the template link must be an absolute http(s) URL, got ${JSON.stringify(link.slice(0, 100))}`);
  }
}
