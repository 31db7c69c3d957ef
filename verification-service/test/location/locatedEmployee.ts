import type { TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';

/**
 * The employee's side over real HTTP, as if behind a reverse proxy that sets X-Forwarded-For to
 * `forwardedFor` (the service trusts it only with HV_TRUST_PROXY). Form posts, or JSON with the
 * page's anti-forgery header as the page script sends it.
 */
export class LocatedEmployee {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly forwardedFor: string | null,
  ) {}

  async request(
    method: 'GET' | 'POST',
    path: string,
    body?: { form?: Record<string, string>; json?: unknown; csrfHeader?: string },
  ): Promise<{ status: number; location: string | null; html: string; json: () => unknown }> {
    const url = path.startsWith('http') ? path : `${this.baseUrl}${path}`;
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (this.forwardedFor) headers['x-forwarded-for'] = this.forwardedFor;
    let payload: string | undefined;
    if (body?.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(body.form).toString();
    } else if (body?.json !== undefined) {
      headers['content-type'] = 'application/json';
      headers.accept = 'application/json';
      payload = JSON.stringify(body.json);
    }
    if (body?.csrfHeader) headers['x-csrf-token'] = body.csrfHeader;
    const response = await fetch(url, {
      method,
      headers,
      redirect: 'manual',
      ...(payload !== undefined ? { body: payload } : {}),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value = ''] = (pair ?? '').split('=');
      if (name) {
        if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value === '') this.cookies.delete(name);
        else this.cookies.set(name, value);
      }
    }
    const text = await response.text();
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: text,
      json: () => JSON.parse(text),
    };
  }

  /** Opens the newest link of verification `matchCode`, presses Start, and returns the session page's anti-forgery token. */
  async start(service: Pick<TestService, 'app'>, matchCode: string): Promise<{ link: string; csrf: string }> {
    const mail = (await service.app.outbox!.list()).find((m) => m.channel === 'email' && m.text.includes(matchCode));
    if (!mail) throw new Error(`no mail for ${matchCode}`);
    const link = linkFrom(mail.text);
    const started = await this.request('POST', `${link}/start`);
    if (started.status !== 303) throw new Error(`start answered ${started.status}`);
    const page = await this.request('GET', '/session');
    return { link, csrf: EmployeeBrowser.csrfOf(page.html) };
  }
}
