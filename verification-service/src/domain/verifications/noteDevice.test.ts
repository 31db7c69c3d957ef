import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { SoftAuthenticator } from '../../../test/passkeys/softAuthenticator';

const PHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148';
const DESKTOP_UA = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36';

/** A browser over plain HTTP: its user agent and cookie jar. */
class Browser {
  private readonly cookies = new Map<string, string>();
  private csrf = '';
  constructor(
    private readonly service: TestService,
    readonly userAgent: string,
  ) {}

  private async fetch(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
    const url = path.startsWith('http')
      ? path.replace(/^http:\/\/[^/]+/, this.service.baseUrl)
      : `${this.service.baseUrl}${path}`;
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        'user-agent': this.userAgent,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        accept: 'application/json',
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  }

  /** Another user agent sending this browser's cookies (a copied cookie jar). */
  withUserAgent(userAgent: string): Browser {
    const copy = new Browser(this.service, userAgent);
    for (const [k, v] of this.cookies) copy.cookies.set(k, v);
    copy.csrf = this.csrf;
    return copy;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Opens the link from the mail (GET) and presses Start. */
  async openAndStart(link: string): Promise<void> {
    expect((await this.fetch(link)).status).toBe(200);
    expect((await this.fetch(`${link}/start`, { method: 'POST' })).status).toBe(303);
    const page = await (await this.fetch('/session')).text();
    this.csrf = /data-csrf="([^"]+)"/.exec(page)?.[1] ?? '';
  }

  async passkey(authenticator: SoftAuthenticator, ceremony: 'register' | 'assert'): Promise<Record<string, unknown>> {
    const answer = (await (
      await this.fetch('/session/proofs/device_passkey/options', { method: 'POST', body: {} })
    ).json()) as { data: { options: { challenge: string } } };
    const response =
      ceremony === 'register' ? authenticator.register(answer.data.options) : authenticator.assert(answer.data.options);
    return (await (
      await this.fetch('/session/proofs/device_passkey/verify', { method: 'POST', body: { response } })
    ).json()) as Record<string, unknown>;
  }
}

/** The device and risk signals through the real service: device cookie, user agents, passkeys, bursts. */
describe.each(DATABASE_KINDS)('device risk signals on %s', (kind) => {
  let service: TestService;
  let origin: string;
  let reopenable: string;

  const create = async (email: string, linkId = reopenable) => {
    const created = await service.org.client.createVerification({
      body: {
        link_id: linkId,
        employee: { email },
        channels: ['email'],
        ticket: { system: 'jira', id: 'DV-1' },
        agent: { name: 'Alex Agent' },
      },
    });
    const mail = (await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!;
    return { id: created.id, link: linkFrom(mail.text) };
  };
  const verification = (id: string) => service.org.client.getVerification({ params: { id } });
  const webhookPayload = async (id: string) => {
    const [row] = await service.app.deps.db.query<{ payload: unknown }>(
      'SELECT payload FROM webhook_messages WHERE org_id = $1 AND verification_id = $2',
      [service.org.id, id],
    );
    return (typeof row!.payload === 'string' ? JSON.parse(row!.payload) : row!.payload) as {
      risk: { reasons: { code: string }[] };
      device: unknown;
    };
  };

  beforeAll(async () => {
    service = await startTestService(kind, { publicHost: 'localhost' });
    origin = service.app.deps.config.publicUrl;
    reopenable = (
      await service.org.client.createLink({
        body: {
          name: 'Passkey, reopenable',
          proofs: [{ type: 'device_passkey', required: true }],
          assurance: 'medium',
          single_use: false,
        },
      })
    ).id;
  }, 120_000); // a fresh database and the service start slowly on a loaded machine
  afterAll(async () => {
    await service?.close();
  });

  it('opened and completed in one browser: same device; its first passkey is a new, unattested device; both in the risk and the webhook', async () => {
    await service.org.client.createEmployee({ body: { email: 'ada@acme.example', display_name: 'Ada' } });
    const phone = new Browser(service, PHONE_UA);
    const key = new SoftAuthenticator('localhost', origin);
    const { id, link } = await create('ada@acme.example');
    await phone.openAndStart(link);
    expect(phone.cookie('hv_device')).toMatch(/^[0-9A-Za-z]{43}$/);
    expect(await phone.passkey(key, 'register')).toMatchObject({ status: 'passed', verificationStatus: 'passed' });
    const v = await verification(id);
    expect(v.device).toEqual({
      user_agent: PHONE_UA,
      attestation: 'unattested passkey (no attestation)',
      aaguid: '00000000-0000-0000-0000-000000000000',
      new_device: true,
      same_device_as_link: true,
    });
    expect(v.risk!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['new_device', 'unattested_device']));
    expect(v.risk!.reasons.map((r) => r.code)).not.toContain('different_device');
    const hook = await webhookPayload(id);
    expect(hook.device).toEqual(v.device);
    expect(hook.risk.reasons.map((r) => r.code)).toEqual(v.risk!.reasons.map((r) => r.code));
    // Nothing of the cookie itself is kept: only a hash, and the API does not show it.
    const [stored] = await service.app.deps.db.query<{ device: string }>(
      'SELECT device::text AS device FROM verifications WHERE org_id = $1 AND id = $2',
      [service.org.id, id],
    );
    expect(stored!.device).not.toContain(phone.cookie('hv_device'));

    // The same browser and passkey next time: a known device, no new_device reason.
    const again = await create('ada@acme.example');
    await phone.openAndStart(again.link);
    expect(await phone.passkey(key, 'assert')).toMatchObject({ status: 'passed' });
    const known = await verification(again.id);
    expect(known.device).toMatchObject({ new_device: false, same_device_as_link: true });
    expect(known.risk!.reasons.map((r) => r.code)).not.toContain('new_device');
  });

  it('opened on the desktop and completed on the phone: different devices, named in the risk and the webhook', async () => {
    await service.org.client.createEmployee({ body: { email: 'bo@acme.example', display_name: 'Bo' } });
    const desktop = new Browser(service, DESKTOP_UA);
    const phone = new Browser(service, PHONE_UA);
    const { id, link } = await create('bo@acme.example');
    await desktop.openAndStart(link);
    await phone.openAndStart(link);
    expect(await phone.passkey(new SoftAuthenticator('localhost', origin), 'register')).toMatchObject({
      status: 'passed',
    });
    const v = await verification(id);
    expect(v.device).toMatchObject({ user_agent: PHONE_UA, same_device_as_link: false });
    expect(v.risk!.reasons).toEqual(
      expect.arrayContaining([
        {
          code: 'different_device',
          message: 'The link was opened in one browser and completed in another',
          weight: 15,
        },
      ]),
    );
    expect((await webhookPayload(id)).risk.reasons.map((r) => r.code)).toContain('different_device');

    // The same cookie with another user agent is not the same browser either.
    const { id: second, link: secondLink } = await create('bo@acme.example');
    await phone.openAndStart(secondLink);
    const spoof = phone.withUserAgent(DESKTOP_UA);
    expect(await spoof.passkey(new SoftAuthenticator('localhost', origin), 'register')).toMatchObject({
      status: 'pending',
    }); // Bo already has a passkey: an assertion is asked for
    expect((await verification(second)).device).toMatchObject({ user_agent: DESKTOP_UA, same_device_as_link: false });
  });

  it('three verifications for one employee within an hour raise the burst reason', async () => {
    await service.org.client.createEmployee({ body: { email: 'cy@acme.example', display_name: 'Cy' } });
    const phone = new Browser(service, PHONE_UA);
    const key = new SoftAuthenticator('localhost', origin);
    const codesOf = async (n: number) => {
      const { id, link } = await create('cy@acme.example');
      await phone.openAndStart(link);
      expect((await phone.passkey(key, n === 1 ? 'register' : 'assert')).status).toBe('passed');
      return (await verification(id)).risk!.reasons.map((r) => r.code);
    };
    expect(await codesOf(1)).not.toContain('verification_burst');
    service.clock.advance(10 * 60_000);
    expect(await codesOf(2)).not.toContain('verification_burst');
    service.clock.advance(10 * 60_000);
    expect(await codesOf(3)).toEqual(expect.arrayContaining(['verification_burst', 'many_verifications']));
    // Two hours later only the 24-hour rule still counts them.
    service.clock.advance(2 * 3_600_000);
    const later = await codesOf(4);
    expect(later).toContain('many_verifications');
    expect(later).not.toContain('verification_burst');
  });
});
