import { isTemplateVariable, templatePlaceholders, type TemplateVariable } from './templatePlaceholders';

/** Every template variable's value as a string, ready to insert. */
export type TemplateValues = Readonly<Record<TemplateVariable, string>>;

/**
 * Replaces each known `{{name}}` in `template` by `encode(name)`; literal text and unknown
 * placeholders (which template validation keeps out of saved templates) stay as written.
 */
export function fillTemplate(template: string, encode: (name: TemplateVariable) => string): string {
  let out = '';
  for (const part of templatePlaceholders(template)) {
    if (part.kind === 'literal') out += part.text;
    else out += isTemplateVariable(part.name) ? encode(part.name) : part.raw;
  }
  return out;
}
