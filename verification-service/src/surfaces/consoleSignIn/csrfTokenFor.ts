import type { ServiceKey } from '../../kernel/secrets';

/** The session's CSRF token: a MAC of its secret under the service key, so nothing more is stored. */
export function csrfTokenFor(key: ServiceKey, sessionToken: string): string {
  return key.mac(`console-csrf:${sessionToken}`).toString('base64url');
}
