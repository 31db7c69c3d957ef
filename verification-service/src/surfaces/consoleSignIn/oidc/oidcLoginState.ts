import type { ServiceKey } from '../../../kernel/secrets';

/** The cookie that carries a sign-in in progress from `/start` to `/callback`. */
export const OIDC_STATE_COOKIE = 'hv_oidc';
/** How long a user has at the IdP before the sign-in must start over. */
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;

/** What `/callback` must check: the organisation, state, nonce and PKCE verifier of this browser's sign-in. */
export interface OidcLoginState {
  orgId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

/** Seals the state with the service key (AES-256-GCM): the browser holds it but can neither read nor change it. */
export function sealOidcLoginState(key: ServiceKey, state: OidcLoginState): string {
  return key.encrypt(JSON.stringify(state)).toString('base64url');
}

/** The sealed state back, or null when it was altered, is not ours, or has expired. */
export function openOidcLoginState(key: ServiceKey, sealed: string | undefined, now: Date): OidcLoginState | null {
  if (typeof sealed !== 'string' || !/^[A-Za-z0-9_-]{40,2000}$/.test(sealed)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(key.decrypt(Buffer.from(sealed, 'base64url')));
  } catch {
    return null;
  }
  const s = parsed as Partial<OidcLoginState>;
  if (
    typeof s.orgId !== 'string' ||
    typeof s.state !== 'string' ||
    typeof s.nonce !== 'string' ||
    typeof s.codeVerifier !== 'string' ||
    typeof s.expiresAt !== 'number'
  )
    return null;
  if (s.expiresAt <= now.getTime()) return null;
  return s as OidcLoginState;
}
