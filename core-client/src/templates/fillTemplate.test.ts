import { fillTemplate } from './fillTemplate';

describe('fillTemplate', () => {
  it('replaces known placeholders through the encoder', () => {
    expect(fillTemplate('{{ org_name }} / {{agent_name}}', (name) => `[${name}]`)).toBe('[org_name] / [agent_name]');
  });

  it('leaves unknown placeholders and literal text exactly as written', () => {
    expect(fillTemplate('a {{nope}} b {c}', () => 'X')).toBe('a {{nope}} b {c}');
  });

  it('does not expand placeholders that appear inside a value', () => {
    expect(fillTemplate('{{reason}}', () => '{{link}}')).toBe('{{link}}');
  });
});
