import { TEMPLATE_VARIABLES } from '../schemas/admin';
import { isTemplateVariable, templatePlaceholders } from './templatePlaceholders';

describe('templatePlaceholders', () => {
  it('splits literal text and placeholders, allowing spaces inside the braces', () => {
    expect(templatePlaceholders('Hi {{employee_name}}, see {{ link }}.')).toEqual([
      { kind: 'literal', text: 'Hi ' },
      { kind: 'placeholder', name: 'employee_name', raw: '{{employee_name}}' },
      { kind: 'literal', text: ', see ' },
      { kind: 'placeholder', name: 'link', raw: '{{ link }}' },
      { kind: 'literal', text: '.' },
    ]);
  });

  it('keeps single braces and unbalanced braces as literal text', () => {
    expect(templatePlaceholders('a {b} {{c} d')).toEqual([{ kind: 'literal', text: 'a {b} {{c} d' }]);
  });

  it('returns no parts for an empty template', () => {
    expect(templatePlaceholders('')).toEqual([]);
  });
});

describe('isTemplateVariable', () => {
  it.each(TEMPLATE_VARIABLES)('knows %s', (name) => {
    expect(isTemplateVariable(name)).toBe(true);
  });

  it('rejects anything else, including case variants', () => {
    expect(isTemplateVariable('Link')).toBe(false);
    expect(isTemplateVariable('password')).toBe(false);
  });
});
