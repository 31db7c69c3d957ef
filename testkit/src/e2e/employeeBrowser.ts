/**
 * The employee's side of a verification driven over real HTTP the way a browser without script does
 * it: follow the link, press the buttons (form posts), keep the session cookie.
 */
export class EmployeeBrowser {
  private cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  async request(
    method: 'GET' | 'POST',
    path: string,
    form?: Record<string, string>,
  ): Promise<{ status: number; location: string | null; html: string; headers: Headers }> {
    const url = path.startsWith('http') ? path : `${this.baseUrl}${path}`;
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    let body: string | undefined;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    const response = await fetch(url, { method, headers, redirect: 'manual', ...(body !== undefined ? { body } : {}) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value = ''] = (pair ?? '').split('=');
      if (name) {
        if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value === '') this.cookies.delete(name);
        else this.cookies.set(name, value);
      }
    }
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: await response.text(),
      headers: response.headers,
    };
  }

  /** The anti-forgery token of the page's forms. */
  static csrfOf(html: string): string {
    const match = /name="csrf" value="([^"]+)"/.exec(html);
    if (!match?.[1]) throw new Error('no csrf token on the page');
    return match[1];
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }
}

/** The newest captured message to `to` with a link, and the link. */
export function linkFrom(text: string): string {
  const match = /https?:\/\/\S+\/v\/[0-9A-Za-z]{43}/.exec(text);
  if (!match) throw new Error(`no verification link in: ${text.slice(0, 200)}`);
  return match[0];
}

export function codeFrom(text: string): string {
  const match = /\b(\d{6})\b/.exec(text);
  if (!match?.[1]) throw new Error(`no six-digit code in: ${text}`);
  return match[1];
}
