/** A DN compared loosely: lower case, no spaces around the commas (`CN=Ann, OU=People` = `cn=ann,ou=people`). */
export const normalizeDn = (dn: string): string =>
  dn
    .trim()
    .toLowerCase()
    .replace(/\s*,\s*/g, ',')
    .replace(/\s*=\s*/g, '=');
