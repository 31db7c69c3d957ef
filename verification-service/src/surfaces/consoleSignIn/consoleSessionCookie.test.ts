import { cookiesAreSecure } from './consoleSessionCookie';
import { isAllowedIssuer } from './oidc/isAllowedIssuer';

describe('cookiesAreSecure', () => {
  it('is Secure everywhere but plain http on the loopback host', () => {
    expect(cookiesAreSecure('https://verify.example.com')).toBe(true);
    expect(cookiesAreSecure('https://localhost:3000')).toBe(true);
    expect(cookiesAreSecure('http://verify.example.com')).toBe(true);
    expect(cookiesAreSecure('http://10.0.0.5:3000')).toBe(true);
    expect(cookiesAreSecure('http://localhost:3000')).toBe(false);
    expect(cookiesAreSecure('http://127.0.0.1:3000')).toBe(false);
    expect(cookiesAreSecure('http://[::1]:3000')).toBe(false);
  });
});

describe('isAllowedIssuer', () => {
  it('takes https, and plain http only on the loopback host', () => {
    expect(isAllowedIssuer('https://login.example.com/realms/acme')).toBe(true);
    expect(isAllowedIssuer('http://127.0.0.1:8080')).toBe(true);
    expect(isAllowedIssuer('http://localhost:8080')).toBe(true);
    expect(isAllowedIssuer('http://login.example.com')).toBe(false);
    expect(isAllowedIssuer('http://localhost.evil.example')).toBe(false);
  });
});
