/**
 * A value for an LDAP equality filter (RFC 4515): `*`, `(`, `)`, `\` and NUL are escaped. For an
 * Active Directory objectGUID in its string form, the 16 bytes in wire order are escaped instead.
 */
export function escapeLdapFilterValue(attribute: string, value: string): string {
  const guid = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i.exec(value);
  if (attribute.toLowerCase() === 'objectguid' && guid) {
    const bytes = (hex: string) => hex.match(/../g)!;
    const wire = [
      ...bytes(guid[1]!).reverse(),
      ...bytes(guid[2]!).reverse(),
      ...bytes(guid[3]!).reverse(),
      ...bytes(guid[4]!),
      ...bytes(guid[5]!),
    ];
    return wire.map((b) => `\\${b.toLowerCase()}`).join('');
  }
  return value.replace(/[*()\\\u0000]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
