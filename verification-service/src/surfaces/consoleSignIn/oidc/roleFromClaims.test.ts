import { roleFromClaims } from './roleFromClaims';

describe('roleFromClaims', () => {
  const config = {
    roleClaim: 'groups',
    roleMapping: { 'hv-admins': 'admin', 'hv-agents': 'agent', 'hv-audit': 'auditor' } as const,
  };

  it('maps a string or an array claim, the most powerful role winning', () => {
    expect(roleFromClaims(config, { groups: 'hv-audit' })).toBe('auditor');
    expect(roleFromClaims(config, { groups: ['hv-audit', 'hv-agents'] })).toBe('agent');
    expect(roleFromClaims(config, { groups: ['staff', 'hv-admins', 'hv-audit'] })).toBe('admin');
  });

  it('gives null without a claim, a mapping, or a match (and ignores inherited keys)', () => {
    expect(roleFromClaims({ roleClaim: null, roleMapping: {} }, { groups: ['hv-admins'] })).toBeNull();
    expect(roleFromClaims(config, {})).toBeNull();
    expect(roleFromClaims(config, { groups: ['staff', 42, null] })).toBeNull();
    expect(roleFromClaims(config, { groups: ['constructor', '__proto__', 'toString'] })).toBeNull();
  });
});
