/** Whether an issuer URL may be used: https, or plain http on the loopback host (development and tests). */
export function isAllowedIssuer(issuer: string): boolean {
  const url = new URL(issuer);
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
