import { escapeLdapFilterValue } from './escapeLdapFilterValue';
import { ldapValue } from './ldapValue';

describe('escapeLdapFilterValue', () => {
  it('escapes the RFC 4515 specials so a value cannot widen the filter', () => {
    expect(escapeLdapFilterValue('mail', 'a*)(uid=*')).toBe('a\\2a\\29\\28uid=\\2a');
    expect(escapeLdapFilterValue('cn', 'back\\slash\u0000')).toBe('back\\5cslash\\00');
  });

  it('turns an objectGUID string back into its wire bytes, the inverse of ldapValue', () => {
    const wire = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const text = ldapValue({ dn: 'cn=x', objectGUID: wire }, 'objectGUID')!;
    expect(text).toBe('33221100-5544-7766-8899-aabbccddeeff');
    expect(escapeLdapFilterValue('objectGUID', text)).toBe(
      [...wire].map((b) => `\\${b.toString(16).padStart(2, '0')}`).join(''),
    );
  });
});
