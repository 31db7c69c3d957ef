const DOTS = '•••';

/**
 * An email address with the local part hidden but its first character, for API responses and
 * pages that must say where a link went without revealing the address:
 * `maskEmail('alice.smith@example.com')` is `'a•••@example.com'`. Anything without a usable `@`
 * becomes `'•••'`.
 */
export function maskEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  const domain = trimmed.slice(at + 1);
  const first = Array.from(trimmed)[0];
  if (at <= 0 || domain === '' || first === undefined) return DOTS;
  return `${first}${DOTS}@${domain.toLowerCase()}`;
}
