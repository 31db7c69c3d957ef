import { isTemplateVariable, templatePlaceholders } from './templatePlaceholders';

/**
 * The `{{names}}` in `text` that are not in `TEMPLATE_VARIABLES`, each once, in order of appearance
 * (an empty `{{ }}` is reported as `''`). Template handlers answer 422 when this is not empty, for
 * the subject, the text and the HTML alike, so a template never renders a placeholder nobody fills.
 */
export function findUnknownTemplateVariables(text: string): string[] {
  const unknown = new Set<string>();
  for (const part of templatePlaceholders(text)) {
    if (part.kind === 'placeholder' && !isTemplateVariable(part.name)) unknown.add(part.name);
  }
  return [...unknown];
}
