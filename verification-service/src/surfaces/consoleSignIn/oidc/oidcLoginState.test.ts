import { randomBytes } from 'node:crypto';
import { serviceKey } from '../../../kernel/secrets';
import { openOidcLoginState, sealOidcLoginState } from './oidcLoginState';

describe('the sealed OIDC login state', () => {
  const key = serviceKey(randomBytes(32));
  const now = new Date('2026-01-15T09:00:00.000Z');
  const state = {
    orgId: 'org_abcdefghij1234567890',
    state: 's'.repeat(43),
    nonce: 'n'.repeat(43),
    codeVerifier: 'v'.repeat(43),
    expiresAt: now.getTime() + 600_000,
  };

  it('opens what it sealed, before it expires', () => {
    const sealed = sealOidcLoginState(key, state);
    expect(sealed).not.toContain('s'.repeat(10));
    expect(openOidcLoginState(key, sealed, now)).toEqual(state);
    expect(openOidcLoginState(key, sealed, new Date(state.expiresAt))).toBeNull();
  });

  it('refuses altered, foreign-key, truncated and absent states', () => {
    const sealed = sealOidcLoginState(key, state);
    const flipped = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
    for (const bad of [
      flipped,
      sealOidcLoginState(serviceKey(randomBytes(32)), state),
      sealed.slice(0, -4),
      '',
      'not base64!',
      undefined,
    ]) {
      expect(openOidcLoginState(key, bad, now)).toBeNull();
    }
    expect(openOidcLoginState(key, key.encrypt(JSON.stringify({ orgId: 1 })).toString('base64url'), now)).toBeNull();
  });
});
