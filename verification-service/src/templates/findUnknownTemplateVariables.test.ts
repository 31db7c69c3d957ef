import { TEMPLATE_VARIABLES } from '@helpdesk-verify/core-client';
import { findUnknownTemplateVariables } from './findUnknownTemplateVariables';

describe('findUnknownTemplateVariables', () => {
  it('accepts every known variable, with or without spaces inside the braces', () => {
    const text = TEMPLATE_VARIABLES.map((v, i) => (i % 2 ? `{{${v}}}` : `{{ ${v} }}`)).join(' ');
    expect(findUnknownTemplateVariables(text)).toEqual([]);
  });

  it('lists unknown names once each, in order, including misspellings, case changes and empty braces', () => {
    expect(
      findUnknownTemplateVariables('Hi {{first_name}} {{ Link }}, {{first_name}} {{}} {{link}} {{password}} {{ employee name }}'),
    ).toEqual(['first_name', 'Link', '', 'password', 'employee name']);
  });

  it('ignores text that only looks like braces', () => {
    expect(findUnknownTemplateVariables('{ single } {{ unclosed and {link} and }} alone')).toEqual([]);
  });
});
