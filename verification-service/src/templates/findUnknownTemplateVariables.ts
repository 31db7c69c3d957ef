import { TEMPLATE_VARIABLES } from '@helpdesk-verify/core-client';

// The same placeholder syntax the renderer fills: `{{name}}`, spaces inside the braces allowed.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

/**
 * The `{{names}}` in `text` that are not in `TEMPLATE_VARIABLES`, each once, in order of
 * appearance (an empty `{{ }}` is reported as `''`).
 */
export function findUnknownTemplateVariables(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!KNOWN.has(name)) unknown.add(name);
  }
  return [...unknown];
}
