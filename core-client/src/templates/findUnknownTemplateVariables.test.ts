import { findUnknownTemplateVariables } from './findUnknownTemplateVariables';
import { defaultTemplates } from './defaultTemplates';

describe('findUnknownTemplateVariables', () => {
  it('finds nothing in a template that uses only known variables', () => {
    expect(findUnknownTemplateVariables('{{org_name}}: {{ agent_name }} asks, code {{match_code}}, {{link}}')).toEqual(
      [],
    );
  });

  it('reports each unknown name once, in order of appearance', () => {
    expect(findUnknownTemplateVariables('{{orgname}} {{password}} {{orgname}} {{Link}} {{link}}')).toEqual([
      'orgname',
      'password',
      'Link',
    ]);
  });

  it('reports an empty placeholder as an empty name', () => {
    expect(findUnknownTemplateVariables('Hello {{ }}')).toEqual(['']);
  });

  it('finds nothing in the default templates', () => {
    for (const template of Object.values(defaultTemplates)) {
      expect(findUnknownTemplateVariables(template.subject)).toEqual([]);
      expect(findUnknownTemplateVariables(template.text)).toEqual([]);
      expect(findUnknownTemplateVariables(template.html)).toEqual([]);
    }
  });
});
