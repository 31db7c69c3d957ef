/** A small cookie jar for tests that walk redirects with fetch: per origin, honouring Path and deletion. */
export class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  /** Stores the Set-Cookie headers of a response to `url`. */
  store(url: string, response: Response): void {
    const origin = new URL(url).origin;
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = (n: string) => attributes.find((a) => a.toLowerCase().startsWith(`${n}=`))?.slice(n.length + 1);
      const path = attr('path') ?? '/';
      const expires = attr('expires');
      const deleted =
        attr('max-age') === '0' || (expires !== undefined && new Date(expires).getTime() < Date.now()) || value === '';
      const key = `${origin} ${name}`;
      if (deleted) this.cookies.delete(key);
      else this.cookies.set(key, { value, path });
    }
  }

  /** The Cookie header to send to `url`. */
  header(url: string): string {
    const { origin, pathname } = new URL(url);
    return [...this.cookies.entries()]
      .filter(([key, c]) => key.startsWith(`${origin} `) && pathname.startsWith(c.path))
      .map(([key, c]) => `${key.slice(origin.length + 1)}=${c.value}`)
      .join('; ');
  }

  get(origin: string, name: string): string | undefined {
    return this.cookies.get(`${origin} ${name}`)?.value;
  }

  set(origin: string, name: string, value: string, path = '/'): void {
    this.cookies.set(`${origin} ${name}`, { value, path });
  }

  /** fetch with this jar's cookies, without following redirects. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(url, response);
    return response;
  }
}
