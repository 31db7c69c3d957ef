import { readGateCondition } from './readGateCondition';

describe('readGateCondition', () => {
  const base = {
    type: '',
    categories: 'Password_Reset, mfa_reset',
    fieldValues: 'cat_item=abc, u_type = MFA ,broken',
    encodedQuery: ' categoryINa,b^active=true ',
  };

  it('reads each kind of condition from its property', () => {
    expect(readGateCondition(base)).toEqual({ kind: 'category', categories: ['password_reset', 'mfa_reset'] });
    expect(readGateCondition({ ...base, type: 'field' })).toEqual({
      kind: 'field',
      pairs: [
        { field: 'cat_item', value: 'abc' },
        { field: 'u_type', value: 'MFA' },
      ],
    });
    expect(readGateCondition({ ...base, type: 'encoded_query' })).toEqual({
      kind: 'encoded_query',
      query: 'categoryINa,b^active=true',
    });
  });

  it('reads an unknown type as category, never wider than before', () => {
    expect(readGateCondition({ ...base, type: 'encoded-query' })).toEqual({
      kind: 'category',
      categories: ['password_reset', 'mfa_reset'],
    });
  });
});
