import { CookieJar } from './CookieJar';

/** Where a browserless OIDC sign-in ended. */
export interface OidcSignInWalk {
  jar: CookieJar;
  /** The IdP's redirect back to the service (`…/console/auth/oidc/callback?code=…&state=…`). */
  callbackUrl: string;
  /** Where the service sent the browser after the callback (null with `stopAtCallback`). */
  finalLocation: string | null;
}

/**
 * Walks the authorization code flow the way a browser would, with fetch and a cookie jar: the
 * service's /console/auth/oidc/start, the IdP's login form (filled with `email` and `password`),
 * its automatic consent, and, unless `stopAtCallback`, the service's callback.
 */
export async function signInThroughOidc(input: {
  serviceUrl: string;
  org: string;
  email: string;
  password: string;
  jar?: CookieJar;
  stopAtCallback?: boolean;
}): Promise<OidcSignInWalk> {
  const jar = input.jar ?? new CookieJar();
  const service = new URL(input.serviceUrl).origin;
  let url = `${service}/console/auth/oidc/start?org=${encodeURIComponent(input.org)}`;
  for (let hop = 0; hop < 20; hop++) {
    const target = new URL(url);
    if (target.origin === service && target.pathname === '/console/auth/oidc/callback') {
      if (input.stopAtCallback) return { jar, callbackUrl: url, finalLocation: null };
      const response = await jar.fetch(url);
      return { jar, callbackUrl: url, finalLocation: response.headers.get('location') };
    }
    if (target.origin === service && target.pathname !== '/console/auth/oidc/start')
      return { jar, callbackUrl: '', finalLocation: `${target.pathname}${target.search}` };
    const response = await jar.fetch(url);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    const form = /<form method="post" action="([^"]+)"/.exec(html);
    if (response.status !== 200 || !form) {
      throw new Error(`unexpected ${response.status} at ${url}: ${html.slice(0, 300)}`);
    }
    const posted = await jar.fetch(new URL(form[1]!, url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: input.email, password: input.password }).toString(),
    });
    const next = posted.headers.get('location');
    if (!next) throw new Error(`the IdP refused the sign-in of ${input.email}: ${(await posted.text()).slice(0, 300)}`);
    url = new URL(next, url).href;
  }
  throw new Error('too many redirects');
}
