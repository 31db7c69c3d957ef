import { TEMPLATE_VARIABLES } from '../schemas/admin';

/** A variable a template may use as `{{name}}`. */
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** One piece of a template: literal text, or a `{{name}}` placeholder (`raw` is as written). */
export type TemplatePart = { kind: 'literal'; text: string } | { kind: 'placeholder'; name: string; raw: string };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

/** Whether `name` is one of `TEMPLATE_VARIABLES`. */
export function isTemplateVariable(name: string): name is TemplateVariable {
  return KNOWN.has(name);
}

/** Splits a template into literal text and `{{ name }}` placeholders (spaces inside the braces allowed). */
export function templatePlaceholders(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'literal', text: template.slice(last, start) });
    parts.push({ kind: 'placeholder', name: match[1] ?? '', raw: match[0] });
    last = start + match[0].length;
  }
  if (last < template.length) parts.push({ kind: 'literal', text: template.slice(last) });
  return parts;
}
