import { Webhook } from 'standardwebhooks';
import { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { ApiError } from '@helpdesk-verify/core-client/client';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { codeFrom, EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';

describe.each(DATABASE_KINDS)('the core loop on %s', (kind) => {
  let service: TestService;
  let receiver: WebhookReceiver;
  let secret: string;

  beforeAll(async () => {
    service = await startTestService(kind);
    receiver = await startWebhookReceiver();
    const endpoint = await service.org.client.createWebhookEndpoint({
      body: { url: receiver.url, description: 'ticketing app' },
    });
    secret = endpoint.secret;
    await service.org.client.createEmployee({
      body: {
        email: 'dana@acme.example',
        display_name: 'Dana',
        phone: '+15555550100',
        personal_email: 'dana@home.example',
      },
    });
  });
  afterAll(async () => {
    await receiver?.close();
    await service?.close();
  });

  const newRequest = (ticketId: string) => ({
    link_id: service.org.linkId,
    employee: { email: 'DANA@acme.example' },
    channels: ['email' as const],
    ticket: { system: 'servicenow' as const, id: ticketId, url: 'https://itsm.example/INC1' },
    agent: { name: 'Alex Agent', email: 'alex@acme.example' },
    reason: 'MFA reset',
    metadata: { queue: 'tier1' },
  });

  it('runs from "verify" to a signed result: link by email, code by SMS, webhook verified independently', async () => {
    const { client } = service.org;
    const created = await client.createVerification({ body: newRequest('INC1'), idempotencyKey: 'click-1' });
    expect(created.status).toBe('pending');
    expect(created.deliveries).toEqual([
      expect.objectContaining({ channel: 'email', contact: 'work', destination: 'd•••@acme.example', status: 'sent' }),
    ]);
    expect(created.match_code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
    expect(JSON.stringify(created)).not.toMatch(/\/v\/[0-9A-Za-z]{43}/);

    // A double click with the same Idempotency-Key is the same verification, sent once.
    const again = await client.createVerification({ body: newRequest('INC1'), idempotencyKey: 'click-1' });
    expect(again.id).toBe(created.id);
    const mails = (await service.app.outbox!.list()).filter(
      (m) => m.channel === 'email' && m.to === 'dana@acme.example',
    );
    expect(mails).toHaveLength(1);
    const link = linkFrom(mails[0]!.text);
    expect(mails[0]!.text).toContain(created.match_code);

    // A mail scanner's GET shows a page and changes nothing.
    const browser = new EmployeeBrowser(service.baseUrl);
    for (let i = 0; i < 3; i++) {
      const landing = await browser.request('GET', link);
      expect(landing.status).toBe(200);
      expect(landing.html).toContain('Alex Agent');
      expect(landing.html).toContain(created.match_code);
      expect(landing.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect((await client.getVerification({ params: { id: created.id } })).status).toBe('pending');

    const started = await browser.request('POST', `${link}/start`);
    expect(started.status).toBe(303);
    expect(started.location).toBe('/session');
    expect(browser.hasCookie('hv_session')).toBe(true);
    const opened = await client.getVerification({ params: { id: created.id } });
    expect(opened.status).toBe('opened');
    expect(opened.proofs[0]).toMatchObject({ type: 'email_possession', status: 'passed', assurance: 'low' });

    // The single-use link cannot be started again, not even by the same person.
    expect((await new EmployeeBrowser(service.baseUrl).request('POST', `${link}/start`)).status).toBe(410);

    let page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(page.html) });
    const sms = (await service.app.outbox!.list()).find((m) => m.channel === 'sms' && m.to === '+15555550100');
    const code = codeFrom(sms!.text);
    page = await browser.request('GET', '/session');
    expect(page.html).toContain('We sent a code to');
    const wrong = code === '000000' ? '111111' : '000000';
    await browser.request('POST', '/session/proofs/phone_code/check', {
      csrf: EmployeeBrowser.csrfOf(page.html),
      code: wrong,
    });
    page = await browser.request('GET', '/session');
    expect(page.html).toContain('4 tries left');
    await browser.request('POST', '/session/proofs/phone_code/check', {
      csrf: EmployeeBrowser.csrfOf(page.html),
      code,
    });
    page = await browser.request('GET', '/session');
    expect(page.html).toContain('You are verified');

    const passed = await client.getVerification({ params: { id: created.id } });
    expect(passed).toMatchObject({ status: 'passed', assurance_reached: 'medium', outcome_reason: null });
    expect(passed.risk?.reasons.map((r) => r.code)).toContain('failed_attempts');
    expect(passed.timeline.map((t) => t.status)).toEqual([
      'pending',
      'opened',
      'proof_passed',
      'proof_passed',
      'passed',
    ]);

    await service.app.jobs.webhooks.runOnce();
    expect(receiver.received).toHaveLength(1);
    const delivered = receiver.received[0]!;
    // An independent Standard Webhooks implementation accepts the signature.
    const payload = new Webhook(secret).verify(delivered.body, delivered.headers as Record<string, string>);
    const event = TrustCheckEvent.parse(payload);
    expect(event).toMatchObject({
      event_type: 'trust_check.completed',
      session_id: created.id,
      link_id: service.org.linkId,
      identity: { email: 'dana@acme.example', proofs_completed: ['email_possession', 'phone_code'] },
      ticket: { system: 'servicenow', id: 'INC1' },
      metadata: { queue: 'tier1' },
      match_code: created.match_code,
    });
  });

  it('fails the verification after five wrong codes, and a new code never resets the count', async () => {
    const { client } = service.org;
    const created = await client.createVerification({ body: newRequest('INC2') });
    const mail = (await service.app.outbox!.list()).find(
      (m) => m.channel === 'email' && m.text.includes(created.match_code),
    );
    const browser = new EmployeeBrowser(service.baseUrl);
    await browser.request('POST', `${linkFrom(mail!.text)}/start`);
    let page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(page.html) });
    for (let i = 0; i < 4; i++) {
      page = await browser.request('GET', '/session');
      await browser.request('POST', '/session/proofs/phone_code/check', {
        csrf: EmployeeBrowser.csrfOf(page.html),
        code: `99999${i}`,
      });
    }
    service.clock.advance(31_000);
    page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(page.html) });
    page = await browser.request('GET', '/session');
    expect(page.html).toContain('We sent a code to');
    const smsCodes = (await service.app.outbox!.list())
      .filter((m) => m.channel === 'sms' && m.text.includes(created.match_code))
      .map((m) => codeFrom(m.text));
    const notTheCode = ['123456', '654321'].find((c) => !smsCodes.includes(c))!;
    await browser.request('POST', '/session/proofs/phone_code/check', {
      csrf: EmployeeBrowser.csrfOf(page.html),
      code: notTheCode,
    });
    const failed = await client.getVerification({ params: { id: created.id } });
    expect(failed.status).toBe('failed');
    expect(failed.outcome_reason).toMatch(/phone_code failed: Wrong code entered 5 times/);
    expect(failed.proofs.find((p) => p.type === 'phone_code')).toMatchObject({ status: 'failed', attempts: 5 });
    expect(failed.risk!.score).toBeGreaterThanOrEqual(50);
    page = await browser.request('GET', '/session');
    expect(page.html).toContain('We could not verify you');
    await service.app.jobs.webhooks.runOnce();
    expect(receiver.received.map((r) => JSON.parse(r.body).event_type)).toContain('trust_check.failed');
  });

  it('expires verifications in the background sweep and emits trust_check.expired', async () => {
    const { client } = service.org;
    const created = await client.createVerification({ body: newRequest('INC3') });
    service.clock.advance(16 * 60_000);
    await service.app.jobs.expiry.runOnce();
    expect((await client.getVerification({ params: { id: created.id } })).status).toBe('expired');
    await service.app.jobs.webhooks.runOnce();
    const expired = receiver.received.map((r) => JSON.parse(r.body)).find((e) => e.session_id === created.id);
    expect(expired).toMatchObject({ event_type: 'trust_check.expired', status: 'expired' });
    const mail = (await service.app.outbox!.list()).find(
      (m) => m.channel === 'email' && m.text.includes(created.match_code),
    );
    expect((await new EmployeeBrowser(service.baseUrl).request('GET', linkFrom(mail!.text))).status).toBe(410);
  });

  it('cancels, resends with a new link, lists with filters and keeps organisations apart', async () => {
    const { client } = service.org;
    const created = await client.createVerification({
      body: { ...newRequest('INC4'), channels: ['email', 'sms'], contacts: { email: 'personal', sms: 'work' } },
    });
    expect(created.deliveries.map((d) => `${d.channel}:${d.contact}:${d.destination}`)).toEqual([
      'email:personal:d•••@home.example',
      'sms:work:•••• 0100',
    ]);
    const first = (await service.app.outbox!.list()).find(
      (m) => m.to === 'dana@home.example' && m.text.includes(created.match_code),
    )!;
    const resent = await client.resendVerification({ params: { id: created.id }, body: { channels: ['email'] } });
    expect(resent.timeline.at(-1)?.status).toBe('resent');
    expect((await new EmployeeBrowser(service.baseUrl).request('GET', linkFrom(first.text))).status).toBe(404);

    const page = await client.listVerifications({ query: { ticket_id: 'INC4', limit: 1 } });
    expect(page.data.map((v) => v.id)).toEqual([created.id]);
    const all = await client.listVerifications({ query: { limit: 2 } });
    expect(all.next_cursor).not.toBeNull();
    const next = await client.listVerifications({ query: { limit: 2, cursor: all.next_cursor! } });
    expect(next.data.map((v) => v.id)).not.toContain(all.data[0]!.id);

    await expect(service.otherOrg.client.getVerification({ params: { id: created.id } })).rejects.toMatchObject({
      status: 404,
    });
    expect((await service.otherOrg.client.listVerifications()).data).toEqual([]);

    const cancelled = await client.cancelVerification({
      params: { id: created.id },
      body: { reason: 'caller hung up' },
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      outcome_reason: 'Cancelled by the help desk: caller hung up',
    });
    const again = client.cancelVerification({ params: { id: created.id }, body: {} });
    await expect(again).rejects.toBeInstanceOf(ApiError);
    await expect(again).rejects.toMatchObject({ status: 409, problemCode: 'invalid_state' });
  });

  it('refuses what it cannot do with a clear problem', async () => {
    const { client } = service.org;
    await expect(
      client.createVerification({ body: { ...newRequest('X'), employee: { email: 'nobody@acme.example' } } }),
    ).rejects.toMatchObject({ status: 422, problemCode: 'employee_not_found' });
    await expect(
      client.createVerification({
        body: { ...newRequest('X'), contacts: { sms: 'personal', email: 'work' }, channels: ['sms'] },
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(client.createVerification({ body: newRequest('X'), idempotencyKey: 'click-1' })).rejects.toMatchObject(
      { problemCode: 'idempotency_mismatch' },
    );
  });
});
