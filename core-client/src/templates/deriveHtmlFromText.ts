import { escapeHtml } from '../format/toHtml';
import type { TemplateValues } from './fillTemplate';
import { isTemplateVariable, templatePlaceholders } from './templatePlaceholders';

const LINK_STYLE = 'color:#1d4ed8;text-decoration:underline;word-break:break-all;';
const BODY_STYLE =
  'margin:0;padding:24px 16px;background:#ffffff;color:#111827;' +
  "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;";

/**
 * The HTML part for a template that has only text: the rendered text escaped, blank lines as
 * paragraphs, line breaks kept, and the `{{link}}` value (and only it) made clickable, so a URL an
 * agent types into the reason never becomes a link in our email.
 */
export function deriveHtmlFromText(text: string, values: TemplateValues, options: { title: string }): string {
  let body = '';
  for (const part of templatePlaceholders(text)) {
    if (part.kind === 'literal') body += escapeHtml(part.text);
    else if (!isTemplateVariable(part.name)) body += escapeHtml(part.raw);
    else if (part.name === 'link') {
      const link = escapeHtml(values.link);
      body += `<a href="${link}" style="${LINK_STYLE}">${link}</a>`;
    } else body += escapeHtml(values[part.name]);
  }
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p style="margin:0 0 16px;">${paragraph.replace(/\n/g, '<br>\n')}</p>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    '</head>',
    `<body style="${BODY_STYLE}">`,
    '<div style="max-width:560px;margin:0 auto;">',
    ...paragraphs,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
