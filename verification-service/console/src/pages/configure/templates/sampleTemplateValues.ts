import type { TemplateVariable } from '@helpdesk-verify/core-client/templates';

/** Values the preview fills in; an admin may change them (e.g. to see how `<` or `&` are escaped). */
export function sampleTemplateValues(orgName: string): Record<TemplateVariable, string> {
  return {
    org_name: orgName,
    employee_name: 'Dana Kim',
    agent_name: 'Alex Rivera',
    ticket_id: 'INC0012345',
    reason: 'MFA reset requested by phone',
    link: `${window.location.origin}/v/preview-token`,
    match_code: '482 913',
    expires_in_minutes: '15',
  };
}
