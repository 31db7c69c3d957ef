import { randomBase62 } from '../../src/kernel/ids';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { codeFrom, EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { runHostileBatch, type HostileCase } from './hostileBatch';
import { snapshotTables } from './snapshotTables';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';

const FORM = 'application/x-www-form-urlencoded';
const ACTIONS = ['/session/proofs/phone_code/send', '/session/proofs/phone_code/check', '/session/finish'];

describe.each(DATABASE_KINDS)('abuse of the employee pages, on %s', (kind) => {
  let service: TestService;
  let tickets = 0;

  beforeAll(async () => {
    service = await startTestService(kind);
    await service.org.client.createEmployee({
      body: { email: 'dana@acme.example', display_name: 'Dana', phone: '+15555550100' },
    });
  });
  afterAll(async () => {
    await service?.close();
  });

  /** A new verification on the bootstrap Link (email possession + phone code, single use), and its emailed link. */
  async function newVerification() {
    const created = await service.org.client.createVerification({
      body: {
        link_id: service.org.linkId,
        employee: { email: 'dana@acme.example' },
        ticket: { system: 'api', id: `T-${++tickets}` },
        agent: { name: 'Alex Agent' },
      },
    });
    const mail = (await service.app.outbox!.list({ limit: 1000 })).find(
      (m) => m.channel === 'email' && m.text.includes(created.match_code),
    );
    return { id: created.id, matchCode: created.match_code, link: linkFrom(mail!.text) };
  }

  /** Presses start like a browser and reads the session page: the cookie header and the form token. */
  async function startSession(link: string) {
    const started = await fetch(`${link}/start`, { method: 'POST', redirect: 'manual' });
    expect(started.status).toBe(303);
    const setCookie = started.headers.getSetCookie().find((c) => c.startsWith('hv_session='))!;
    const cookie = setCookie.split(';')[0]!;
    const page = await fetch(`${service.baseUrl}/session`, { headers: { cookie } });
    return { cookie, setCookie, csrf: EmployeeBrowser.csrfOf(await page.text()), page };
  }

  const post = (
    path: string,
    input: { cookie?: string; form?: Record<string, string> | string; headers?: Record<string, string> } = {},
  ) =>
    fetch(`${service.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...(input.cookie ? { cookie: input.cookie } : {}), 'content-type': FORM, ...input.headers },
      body: typeof input.form === 'string' ? input.form : new URLSearchParams(input.form ?? {}).toString(),
    });

  /** The codes texted for a verification, oldest first. */
  const smsCodes = async (matchCode: string) =>
    (await service.app.outbox!.list({ limit: 1000 }))
      .filter((m) => m.channel === 'sms' && m.text.includes(matchCode))
      .map((m) => codeFrom(m.text))
      .reverse();
  const proofOf = async (id: string, type: string) =>
    (
      await service.app.deps.db.query<{ status: string; attempts: number }>(
        'SELECT status, attempts FROM verification_proofs WHERE verification_id = $1 AND type = $2',
        [id, type],
      )
    )[0]!;

  async function unchanged<T>(action: () => Promise<T>): Promise<T> {
    const before = await snapshotTables(service.app.deps.db);
    const result = await action();
    expect(await snapshotTables(service.app.deps.db)).toEqual(before);
    return result;
  }

  it('shows the 404 page, never a 500, for links that are not ours, and changes nothing', async () => {
    const { link } = await newVerification();
    const token = link.split('/v/')[1]!;
    const tokens: Record<string, string> = {
      garbage: 'garbage',
      '43 random base62 characters': randomBase62(43),
      'one character short': token.slice(0, -1),
      'one character more': `${token}A`,
      'the token in upper case': token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase(),
      'an encoded path traversal': '..%2F..%2F..%2Fetc%2Fpasswd',
      'a NUL character': '%00',
      'the token and a NUL': `${token}%00`,
      '10 000 characters': 'A'.repeat(10_000),
      SQL: "'%20OR%201%3D1--",
      'an emoji': '%F0%9F%98%80',
    };
    await unchanged(async () => {
      for (const [what, t] of Object.entries(tokens)) {
        for (const [method, suffix] of [
          ['GET', ''],
          ['POST', '/start'],
        ] as const) {
          const response = await fetch(`${service.baseUrl}/v/${t}${suffix}`, { method, redirect: 'manual' });
          const html = await response.text();
          expect({ what, method, status: response.status, page: html.includes('This link cannot be used') }).toEqual({
            what,
            method,
            status: 404,
            page: true,
          });
          expect(response.headers.get('cache-control')).toBe('no-store');
          expect(response.headers.get('set-cookie')).toBeNull();
        }
      }
      // Invalid percent-encoding and dot segments never reach the page: still a 4xx problem, not a 500.
      for (const path of ['/v/%FF', '/v/%', '/v/../../etc/passwd', '/v/%2e%2e/%2e%2e/session', '/v/', '/v']) {
        const response = await fetch(`${service.baseUrl}${path}`, { redirect: 'manual' });
        expect({ path, clientError: response.status >= 400 && response.status < 500 }).toEqual({
          path,
          clientError: true,
        });
      }
    });
  });

  it('starts a single-use link once: a second start, even at the same moment, is 410 and changes nothing', async () => {
    const { link } = await newVerification();
    const [a, b] = await Promise.all([
      fetch(`${link}/start`, { method: 'POST', redirect: 'manual' }),
      fetch(`${link}/start`, { method: 'POST', redirect: 'manual' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([303, 410]);
    await unchanged(async () => {
      const again = await fetch(`${link}/start`, { method: 'POST', redirect: 'manual' });
      expect(again.status).toBe(410);
      expect(again.headers.get('set-cookie')).toBeNull();
      expect(await again.text()).toContain('already been used');
      expect((await fetch(link)).status).toBe(410);
    });
  });

  it('sends the session page with no-store, no-referrer, a strict CSP and a Strict, HttpOnly cookie', async () => {
    const { link } = await newVerification();
    const landing = await fetch(link);
    const { setCookie, page } = await startSession(link);
    for (const response of [landing, page]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
      expect(response.headers.get('content-security-policy')).toContain("form-action 'self'");
    }
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Strict/i);
    expect(setCookie).toMatch(/; Path=\//i);
    const noSession = await fetch(`${service.baseUrl}/session`);
    expect(noSession.status).toBe(401);
    expect(noSession.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 401 to session actions without a cookie or with a forged one, and changes nothing', async () => {
    const { link } = await newVerification();
    const { csrf } = await startSession(link);
    const cookies: Record<string, string | undefined> = {
      'no cookie': undefined,
      'an empty cookie': 'hv_session=',
      'a random cookie of the right shape': `hv_session=${randomBase62(43)}`,
      'a cookie of the wrong shape': 'hv_session=garbage',
      'a 4000 character cookie': `hv_session=${'A'.repeat(4000)}`,
      'a cookie with SQL': `hv_session=${encodeURIComponent("' OR 1=1 --")}`,
      'another cookie name': `session=${randomBase62(43)}`,
    };
    const cases: HostileCase[] = ACTIONS.flatMap((path) =>
      Object.entries(cookies).map(([what, cookie]) => ({
        label: `${path}: ${what}`,
        method: 'POST',
        path,
        headers: { 'content-type': FORM, ...(cookie !== undefined ? { cookie } : {}) },
        body: new URLSearchParams({ csrf, code: '123456' }).toString(),
        status: 401,
        check: (p) => (p.type.endsWith(':unauthorized') ? null : p.type),
      })),
    );
    await unchanged(async () => expect(await runHostileBatch(service.baseUrl, cases)).toEqual([]));
  });

  // A browser does not send the SameSite=Strict session cookie with a form posted from another site
  // (asserted on the Set-Cookie above); a script can send anything, so the form token is what is
  // tested here, with and without cross-site Origin, Referer and Sec-Fetch-Site headers.
  it('answers 403 to a valid cookie without the right form token (cross-site posts included), and changes nothing', async () => {
    const a = await startSession((await newVerification()).link);
    const b = await startSession((await newVerification()).link);
    const forms: Record<string, { form: string; headers?: Record<string, string> }> = {
      'no token': { form: 'code=123456' },
      'an empty token': { form: 'csrf=&code=123456' },
      'a wrong token': { form: `csrf=${'A'.repeat(a.csrf.length)}&code=123456` },
      "another session's token": { form: `csrf=${b.csrf}&code=123456` },
      'the token twice': { form: `csrf=${a.csrf}&csrf=${a.csrf}&code=123456` },
      'a 5000 character token': { form: `csrf=${'A'.repeat(5000)}&code=123456` },
      'the token cut short': { form: `csrf=${a.csrf.slice(0, -1)}&code=123456` },
      'a cross-site form post without the token': {
        form: 'code=123456',
        headers: {
          origin: 'https://evil.example',
          referer: 'https://evil.example/phish',
          'sec-fetch-site': 'cross-site',
        },
      },
      'a wrong token in the header': { form: 'code=123456', headers: { 'x-csrf-token': b.csrf } },
    };
    const cases: HostileCase[] = ACTIONS.flatMap((path) =>
      Object.entries(forms).map(([what, { form, headers }]) => ({
        label: `${path}: ${what}`,
        method: 'POST',
        path,
        headers: { 'content-type': FORM, cookie: a.cookie, ...headers },
        body: form,
        status: 403,
        check: (p) => (p.type.endsWith(':forbidden') ? null : p.type),
      })),
    );
    await unchanged(async () => expect(await runHostileBatch(service.baseUrl, cases)).toEqual([]));
  });

  it("acts only on the cookie's own verification", async () => {
    const va = await newVerification();
    const vb = await newVerification();
    const a = await startSession(va.link);
    await startSession(vb.link);
    const before = await proofOf(vb.id, 'phone_code');
    expect((await post('/session/proofs/phone_code/send', { cookie: a.cookie, form: { csrf: a.csrf } })).status).toBe(
      303,
    );
    expect(await smsCodes(va.matchCode)).toHaveLength(1);
    expect(await smsCodes(vb.matchCode)).toHaveLength(0);
    expect(await proofOf(vb.id, 'phone_code')).toEqual(before);
  });

  it('answers 404 to an unknown proof type or action, and changes nothing', async () => {
    const s = await startSession((await newVerification()).link);
    const paths = [
      '/session/proofs/face_match/send',
      '/session/proofs/nope/check',
      '/session/proofs/phone_code/delete',
      '/session/proofs/email_possession/send',
      '/session/proofs/__proto__/send',
      '/session/proofs/constructor/send',
      '/session/proofs/phone_code/constructor',
      '/session/proofs/phone_code/__proto__',
      '/session/proofs/phone_code/toString',
      '/session/proofs/phone_code/hasOwnProperty',
      '/session/proofs/phone_code%00/send',
      `/session/proofs/${'x'.repeat(3000)}/send`,
      '/session/proofs/phone_code',
      '/session/proofs/phone_code/send/again',
    ];
    const cases: HostileCase[] = paths.map((path) => ({
      label: path.slice(0, 60),
      method: 'POST',
      path,
      headers: { 'content-type': FORM, cookie: s.cookie },
      body: `csrf=${s.csrf}`,
      status: 404,
    }));
    await unchanged(async () => expect(await runHostileBatch(service.baseUrl, cases)).toEqual([]));
  });

  it('refuses hostile bodies on session actions with a 4xx problem, and a NUL in the code counts for nothing', async () => {
    const v = await newVerification();
    const s = await startSession(v.link);
    const [send, check] = ACTIONS as [string, string, string];
    const cases: HostileCase[] = [
      {
        label: 'a form over 64 KB',
        method: 'POST',
        path: check,
        headers: { 'content-type': FORM, cookie: s.cookie },
        body: `csrf=${s.csrf}&code=${'1'.repeat(70_000)}`,
        status: 413,
      },
      {
        label: 'XML',
        method: 'POST',
        path: check,
        headers: { 'content-type': 'application/xml', cookie: s.cookie },
        body: '<code>1</code>',
        status: 415,
      },
      {
        label: 'JSON nested 10 000 deep',
        method: 'POST',
        path: check,
        headers: { 'content-type': 'application/json', cookie: s.cookie },
        body: `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
        status: 422,
      },
      {
        label: 'malformed JSON',
        method: 'POST',
        path: check,
        headers: { 'content-type': 'application/json', cookie: s.cookie },
        body: '{"csrf":',
        status: 400,
      },
      {
        label: 'JSON null, a wrong token in the header',
        method: 'POST',
        path: send,
        headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': 'wrong' },
        body: 'null',
        status: 403,
      },
    ];
    await unchanged(async () => expect(await runHostileBatch(service.baseUrl, cases)).toEqual([]));

    await post(send, { cookie: s.cookie, form: { csrf: s.csrf } });
    const nul = await post(check, {
      cookie: s.cookie,
      form: `csrf=${s.csrf}&code=12345%00`,
      headers: { accept: 'application/json' },
    });
    expect(nul.status).toBe(200);
    expect(await nul.json()).toMatchObject({ status: 'pending', notice: expect.stringMatching(/six digits/) });
    expect(await proofOf(v.id, 'phone_code')).toEqual({ status: 'pending', attempts: 0 });
  });

  it('never passes a code from another verification, an older code, or a code used twice', async () => {
    const va = await newVerification();
    const vb = await newVerification();
    const a = await startSession(va.link);
    const b = await startSession(vb.link);
    await post(ACTIONS[0]!, { cookie: a.cookie, form: { csrf: a.csrf } });
    await post(ACTIONS[0]!, { cookie: b.cookie, form: { csrf: b.csrf } });
    const [codeA] = await smsCodes(va.matchCode);
    const [codeB] = await smsCodes(vb.matchCode);
    if (codeA !== codeB) {
      await post(ACTIONS[1]!, { cookie: b.cookie, form: { csrf: b.csrf, code: codeA! } });
      expect(await proofOf(vb.id, 'phone_code')).toEqual({ status: 'pending', attempts: 1 });
    }

    // A new code replaces the old one: the old one is now wrong.
    service.clock.advance(31_000);
    await post(ACTIONS[0]!, { cookie: a.cookie, form: { csrf: a.csrf } });
    const [, newerA] = await smsCodes(va.matchCode);
    if (newerA !== codeA) {
      await post(ACTIONS[1]!, { cookie: a.cookie, form: { csrf: a.csrf, code: codeA! } });
      expect(await proofOf(va.id, 'phone_code')).toEqual({ status: 'pending', attempts: 1 });
    }
    await post(ACTIONS[1]!, { cookie: a.cookie, form: { csrf: a.csrf, code: newerA! } });
    expect(await proofOf(va.id, 'phone_code')).toMatchObject({ status: 'passed' });
    expect((await service.org.client.getVerification({ params: { id: va.id } })).status).toBe('passed');

    // The right code a second time: the form lands back on the page, the JSON caller gets 409, nothing moves.
    await unchanged(async () => {
      expect((await post(ACTIONS[1]!, { cookie: a.cookie, form: { csrf: a.csrf, code: newerA! } })).status).toBe(303);
      const json = await post(ACTIONS[1]!, {
        cookie: a.cookie,
        form: { csrf: a.csrf, code: newerA! },
        headers: { accept: 'application/json' },
      });
      expect(json.status).toBe(409);
      expect(json.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(
        (await post(ACTIONS[2]!, { cookie: a.cookie, form: { csrf: a.csrf }, headers: { accept: 'application/json' } }))
          .status,
      ).toBeLessThan(500);
    });
  });

  it('does not pass an expired code (5 minutes and 1 second later)', async () => {
    const v = await newVerification();
    const s = await startSession(v.link);
    await post(ACTIONS[0]!, { cookie: s.cookie, form: { csrf: s.csrf } });
    const [code] = await smsCodes(v.matchCode);
    service.clock.advance(5 * 60_000 + 1000);
    const answer = await post(ACTIONS[1]!, {
      cookie: s.cookie,
      form: { csrf: s.csrf, code: code! },
      headers: { accept: 'application/json' },
    });
    expect(await answer.json()).toMatchObject({ status: 'pending', notice: expect.stringMatching(/expired/) });
    expect(await proofOf(v.id, 'phone_code')).toMatchObject({ status: 'pending' });
    // Used once more, the same code still does not pass: the expired code was dropped.
    await post(ACTIONS[1]!, { cookie: s.cookie, form: { csrf: s.csrf, code: code! } });
    expect(await proofOf(v.id, 'phone_code')).toMatchObject({ status: 'pending' });
    expect((await service.org.client.getVerification({ params: { id: v.id } })).status).toBe('opened');
  });

  it('changes nothing once the verification has ended, and refuses a session that has expired', async () => {
    const cancelled = await newVerification();
    const s = await startSession(cancelled.link);
    await service.org.client.cancelVerification({ params: { id: cancelled.id }, body: { reason: 'caller hung up' } });
    await unchanged(async () => {
      for (const path of ACTIONS) {
        expect((await post(path, { cookie: s.cookie, form: { csrf: s.csrf, code: '123456' } })).status).toBe(303);
        const json = await post(path, {
          cookie: s.cookie,
          form: { csrf: s.csrf, code: '123456' },
          headers: { accept: 'application/json' },
        });
        expect({ path, ok: json.status === 409 || json.status === 200 }).toEqual({ path, ok: true });
      }
      expect(await (await fetch(`${service.baseUrl}/session`, { headers: { cookie: s.cookie } })).text()).toContain(
        'cancelled',
      );
    });

    const live = await newVerification();
    const t = await startSession(live.link);
    service.clock.advance(15 * 60_000 + 1000);
    await unchanged(async () => {
      for (const path of ACTIONS) {
        const answer = await post(path, { cookie: t.cookie, form: { csrf: t.csrf, code: '123456' } });
        expect({ path, status: answer.status, type: answer.headers.get('content-type') }).toEqual({
          path,
          status: 401,
          type: expect.stringMatching(/^application\/problem\+json/),
        });
      }
      expect((await fetch(`${service.baseUrl}/session`, { headers: { cookie: t.cookie } })).status).toBe(401);
    });
  });
});
