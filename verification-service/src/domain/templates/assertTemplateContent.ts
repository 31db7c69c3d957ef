import { TEMPLATE_VARIABLES, type Channel, type FieldError } from '@helpdesk-verify/core-client/schemas';
import { ProblemError } from '../../kernel/ProblemError';
import { findUnknownTemplateVariables } from '@helpdesk-verify/core-client/templates';

/** What a template says, as it would be stored. */
export interface TemplateContent {
  channel: Channel;
  subject: string;
  text: string;
  html: string;
}

/**
 * Throws a 422 `validation_error` listing every problem at once: `{{variables}}` nobody fills, and
 * a subject or HTML part on an SMS template (SMS has only text).
 */
export function assertTemplateContent(content: TemplateContent): void {
  const errors: FieldError[] = [];
  const unknownAll = new Set<string>();
  for (const field of ['subject', 'text', 'html'] as const) {
    const unknown = findUnknownTemplateVariables(content[field]);
    for (const name of unknown) unknownAll.add(name);
    if (unknown.length > 0) {
      errors.push({ path: [field], message: `unknown variables: ${unknown.map((n) => `{{${n}}}`).join(', ')}` });
    }
  }
  if (content.channel === 'sms') {
    for (const field of ['subject', 'html'] as const) {
      if (content[field] !== '')
        errors.push({ path: [field], message: 'SMS templates have no subject or HTML; leave it empty' });
    }
  }
  if (errors.length === 0) return;
  const detail =
    unknownAll.size > 0
      ? `Unknown template variables: ${[...unknownAll].map((n) => `{{${n}}}`).join(', ')}. Allowed: ${TEMPLATE_VARIABLES.map((n) => `{{${n}}}`).join(', ')}`
      : 'SMS templates have only text: no subject or HTML';
  throw new ProblemError('validation_error', detail, { errors });
}
