/**
 * `@helpdesk-verify/core-client/templates` — message templates: the defaults, rendering (placeholders filled,
 * HTML escaped, SMS fitted to its length) and the check for unknown placeholders. Pure, so the console's
 * preview and the service's sending render the same way.
 */
export { defaultTemplates } from './templates/defaultTemplates';
export type { DefaultTemplate } from './templates/defaultTemplates';
export { renderTemplate } from './templates/renderTemplate';
export type { TemplateSource, TemplateVars, RenderedTemplate } from './templates/renderTemplate';
export { findUnknownTemplateVariables } from './templates/findUnknownTemplateVariables';
export { SMS_MAX_LENGTH } from './templates/fitSmsText';
export type { TemplateVariable } from './templates/templatePlaceholders';
